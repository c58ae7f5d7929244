namespace LifecycleLang.Runtime;

/// <summary>The simulator's store: contacts by id (a hash lookup per pass), their ids kept in ordinal
/// order for <see cref="ContactIds"/>, objects kept by reference.</summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly Dictionary<string, ContactState> _contacts = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _ids = new(StringComparer.Ordinal);
    private GlobalState _global = new();

    public ContactState? Find(string contactId) => _contacts.GetValueOrDefault(contactId);

    public void Save(ContactState contact)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_contacts, contact.Id, out var exists);
        slot = contact;
        if (!exists)
        {
            _ids.Add(contact.Id);
        }
    }

    public IEnumerable<string> ContactIds() => _ids.ToArray();

    public GlobalState LoadGlobal() => _global;

    public void SaveGlobal(GlobalState state) => _global = state;
}
