namespace LifecycleLang.Runtime;

/// <summary>
/// Where the engine keeps its state. The engine loads a contact, runs a pass and saves it; a durable
/// store (SQLite, PostgreSQL) implements the same interface and commits each save together with the
/// pass's outbox.
/// </summary>
public interface IStateStore
{
    ContactState? Find(string contactId);

    void Save(ContactState contact);

    /// <summary>Every known contact id, in ordinal order.</summary>
    IEnumerable<string> ContactIds();

    GlobalState LoadGlobal();

    void SaveGlobal(GlobalState state);
}
