using LifecycleLang.Runtime;
using LifecycleLang.Service.Storage;

namespace LifecycleLang.Service;

/// <summary>
/// runtime.md §7: a running journey keeps the version it entered with unless a new version is deployed
/// with an explicit migration. This service runs one version at a time, so it refuses to start on a
/// store written by another version unless told <c>--migrate</c>; then instances continue at their
/// stored step ids in the new definition, provided every one of them still exists there
/// (<see cref="MigrationCheck"/>).
/// </summary>
public static class StoreVersionCheck
{
    /// <summary>Records the version on a new store; returns a note for the operator when it migrated.</summary>
    /// <exception cref="StoreVersionException">Another version wrote the store and <paramref name="migrate"/> is false.</exception>
    public static string? Apply(IServiceStore store, WorkspaceDef workspace, string version, bool migrate, string storeName)
    {
        var stored = store.StoredWorkspaceVersion();
        if (stored == version)
        {
            return null;
        }
        if (stored is null)
        {
            store.WriteWorkspaceVersion(version);
            return null;
        }
        if (!migrate)
        {
            throw new StoreVersionException(
                $"{storeName} was written by journeys {stored}, and these are {version}: running them on its state could resume " +
                "instances at steps that changed or no longer exist. Start the version that wrote it, or pass --migrate to continue " +
                "every instance at its stored step id in the new journeys (see docs/decisions/service.md).");
        }
        var stranded = MigrationCheck.StrandedInstances(workspace, store);
        store.Discard();
        if (stranded.Count > 0)
        {
            throw new StoreVersionException(
                $"{storeName}: cannot migrate from journeys {stored} to {version}: these instances are at steps the new version does not have " +
                "(mapping old step ids to new ones is not supported yet; keep those steps, with their labels, until the instances have moved on):\n  " +
                string.Join("\n  ", stranded));
        }
        store.WriteWorkspaceVersion(version);
        return $"migrated {storeName} from journeys {stored} to {version}: instances continue at their stored step ids";
    }
}
