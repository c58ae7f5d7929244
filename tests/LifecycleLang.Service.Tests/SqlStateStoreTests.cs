using LifecycleLang.Runtime;
using LifecycleLang.Service.Storage;
using NodaTime;

namespace LifecycleLang.Service.Tests;

public sealed class SqlStateStoreTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Committed_state_and_outbox_survive_a_new_store_on_the_same_file() =>
        StoreContract.Round_trip(_temp.Dialect);

    [Fact]
    public void Discard_forgets_uncommitted_saves() =>
        StoreContract.Discard_forgets(_temp.Dialect);

    [Fact]
    public void Contact_ids_are_in_ordinal_order_including_uncommitted_ones()
    {
        using var store = _temp.Open("v1");
        store.Save(new ContactState { Id = "b" });
        store.Save(new ContactState { Id = "B" });
        store.Commit([], Instant.FromUtc(2026, 1, 1, 0, 0));
        store.Save(new ContactState { Id = "a" });
        Assert.Equal(["B", "a", "b"], store.ContactIds());
    }
}
