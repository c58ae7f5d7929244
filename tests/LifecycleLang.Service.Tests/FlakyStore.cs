using LifecycleLang.Runtime;
using LifecycleLang.Service.Storage;
using NodaTime;

namespace LifecycleLang.Service.Tests;

/// <summary>A real store whose next <see cref="FailCommits"/> commits throw, as a lost database connection would.</summary>
internal sealed class FlakyStore(IServiceStore inner) : IServiceStore
{
    public int FailCommits { get; set; }

    public ContactState? Find(string contactId) => inner.Find(contactId);

    public void Save(ContactState contact) => inner.Save(contact);

    public IEnumerable<string> ContactIds() => inner.ContactIds();

    public GlobalState LoadGlobal() => inner.LoadGlobal();

    public void SaveGlobal(GlobalState state) => inner.SaveGlobal(state);

    public string? StoredWorkspaceVersion() => inner.StoredWorkspaceVersion();

    public Instant? StoredServiceTime() => inner.StoredServiceTime();

    public void WriteWorkspaceVersion(string version) => inner.WriteWorkspaceVersion(version);

    public void Commit(IReadOnlyList<OutboundMessage> outbox, Instant serviceTime, IReadOnlyList<TraceLine>? trace = null)
    {
        if (FailCommits > 0)
        {
            FailCommits--;
            throw new IOException("simulated: the database connection was lost");
        }
        inner.Commit(outbox, serviceTime, trace);
    }

    public void Discard() => inner.Discard();

    public string? CommittedContactJson(string contactId) => inner.CommittedContactJson(contactId);

    public IReadOnlyList<string> CommittedTrace(string contactId, int limit) => inner.CommittedTrace(contactId, limit);
}
