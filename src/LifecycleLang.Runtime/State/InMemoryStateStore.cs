namespace LifecycleLang.Runtime;

/// <summary>The simulator's store: contacts by id (a hash lookup per pass), objects kept by reference.
/// <see cref="ContactIds"/> sorts ordinally on demand (new ids are merged in then).</summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly Dictionary<string, ContactState> _contacts = new(StringComparer.Ordinal);
    private readonly List<string> _newIds = [];
    private string[] _sortedIds = [];
    private GlobalState _global = new();

    public ContactState? Find(string contactId) => _contacts.GetValueOrDefault(contactId);

    public void Save(ContactState contact)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_contacts, contact.Id, out var exists);
        slot = contact;
        if (!exists)
        {
            _newIds.Add(contact.Id);
        }
    }

    public IEnumerable<string> ContactIds()
    {
        if (_newIds.Count > 0)
        {
            _newIds.Sort(StringComparer.Ordinal);
            var merged = new string[_sortedIds.Length + _newIds.Count];
            int i = 0, j = 0, k = 0;
            while (i < _sortedIds.Length && j < _newIds.Count)
            {
                merged[k++] = string.CompareOrdinal(_sortedIds[i], _newIds[j]) <= 0 ? _sortedIds[i++] : _newIds[j++];
            }
            while (i < _sortedIds.Length)
            {
                merged[k++] = _sortedIds[i++];
            }
            while (j < _newIds.Count)
            {
                merged[k++] = _newIds[j++];
            }
            _sortedIds = merged;
            _newIds.Clear();
        }
        return (string[])_sortedIds.Clone();
    }

    public GlobalState LoadGlobal() => _global;

    public void SaveGlobal(GlobalState state) => _global = state;
}
