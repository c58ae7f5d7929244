namespace LifecycleLang.Runtime;

/// <summary>The simulator's store: contacts in an ordinal dictionary, objects kept by reference.</summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly SortedDictionary<string, ContactState> _contacts = new(StringComparer.Ordinal);
    private GlobalState _global = new();

    public ContactState? Find(string contactId) => _contacts.GetValueOrDefault(contactId);

    public void Save(ContactState contact) => _contacts[contact.Id] = contact;

    public IEnumerable<string> ContactIds() => _contacts.Keys.ToArray();

    public GlobalState LoadGlobal() => _global;

    public void SaveGlobal(GlobalState state) => _global = state;
}
