namespace LifecycleLang.Runtime.Tests;

/// <summary>A store that keeps only JSON: every load deserialises and every save serialises, as a
/// durable store would. Running on it must give the same trace as the in-memory store.</summary>
internal sealed class JsonRoundTripStore : IStateStore
{
    private readonly SortedDictionary<string, string> _contacts = new(StringComparer.Ordinal);
    private string _global = StateJson.Serialize(new GlobalState());

    public ContactState? Find(string contactId) => _contacts.TryGetValue(contactId, out var json) ? StateJson.DeserializeContact(json) : null;

    public void Save(ContactState contact) => _contacts[contact.Id] = StateJson.Serialize(contact);

    public IEnumerable<string> ContactIds() => _contacts.Keys.ToArray();

    public GlobalState LoadGlobal() => StateJson.DeserializeGlobal(_global);

    public void SaveGlobal(GlobalState state) => _global = StateJson.Serialize(state);
}
