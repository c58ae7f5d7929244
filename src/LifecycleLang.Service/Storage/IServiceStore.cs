using LifecycleLang.Runtime;
using NodaTime;

namespace LifecycleLang.Service.Storage;

/// <summary>
/// The engine's <see cref="IStateStore"/> as a unit of work: the engine's saves are buffered until
/// <see cref="Commit"/> writes them in one transaction together with the outbox rows of the same
/// request (or timer firing). <see cref="Discard"/> forgets everything uncommitted, including cached
/// reads, so an engine built afterwards sees exactly what is in the database.
/// </summary>
public interface IServiceStore : IStateStore
{
    /// <summary>The workspace version the store was last written with, or null for a new store.</summary>
    string? StoredWorkspaceVersion();

    /// <summary>The latest instant the engine had processed when the store was last committed.</summary>
    Instant? StoredServiceTime();

    /// <summary>Records the workspace version (on start, or with an explicit migration).</summary>
    void WriteWorkspaceVersion(string version);

    /// <summary>Writes the unit: changed contacts, global state, the outbox rows and the trace lines it produced.</summary>
    void Commit(IReadOnlyList<OutboundMessage> outbox, Instant serviceTime, IReadOnlyList<TraceLine>? trace = null);

    void Discard();

    /// <summary>A contact's committed state as <see cref="StateJson"/>, or null when unknown.</summary>
    string? CommittedContactJson(string contactId);

    /// <summary>The contact's committed trace lines (runtime.md §6 JSON), oldest first, at most the last <paramref name="limit"/>.</summary>
    IReadOnlyList<string> CommittedTrace(string contactId, int limit);
}
