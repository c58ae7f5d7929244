namespace LifecycleLang.Service;

/// <summary>The store was written by other journeys than the ones being started; see <see cref="StoreVersionCheck"/>.</summary>
public sealed class StoreVersionException(string message) : Exception(message);
