using NodaTime;

namespace LifecycleLang.Service.Tests;

public sealed class MigrationTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private void WaitingTrialInstance()
    {
        using var harness = new ServiceHarness("p1-trial", _temp, new FakeClock(Instant.FromUtc(2026, 2, 2, 16, 0)));
        Assert.True(harness.Service.Submit("""
            {"at":"2026-02-02T14:00:00Z","contact":"p1","profile":{"plan":"Free"}}
            {"at":"2026-02-02T15:00:00Z","contact":"p1","event":"trial_started","data":{}}
            """).Succeeded);
        harness.Store.WriteWorkspaceVersion(TestWorkspace.Version("p1-trial")); // as LifecycleServer does on a new store
    }

    [Fact]
    public void Migrating_is_refused_while_instances_sit_at_steps_the_new_version_lacks()
    {
        WaitingTrialInstance();
        using var store = _temp.Open("other");

        var refused = Assert.Throws<StoreVersionException>(() =>
            StoreVersionCheck.Apply(store, TestWorkspace.Get("p2-warm-leads").Definition, "other", migrate: true, "state.db"));

        Assert.Contains("contact p1, journey Trial, instance 1: the journey no longer exists", refused.Message);
        Assert.Equal(TestWorkspace.Version("p1-trial"), store.StoredWorkspaceVersion()); // unchanged
    }

    [Fact]
    public void Migrating_to_a_version_with_the_same_step_ids_continues()
    {
        WaitingTrialInstance();
        using var store = _temp.Open("rebuilt");

        Assert.Throws<StoreVersionException>(() => StoreVersionCheck.Apply(store, TestWorkspace.Get("p1-trial").Definition, "rebuilt", migrate: false, "state.db"));
        var note = StoreVersionCheck.Apply(store, TestWorkspace.Get("p1-trial").Definition, "rebuilt", migrate: true, "state.db");

        Assert.Contains("migrated", note);
        Assert.Equal("rebuilt", store.StoredWorkspaceVersion());
    }
}
