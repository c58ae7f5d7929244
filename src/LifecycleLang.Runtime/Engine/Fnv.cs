using System.Text;

namespace LifecycleLang.Runtime;

/// <summary>Stable buckets for <c>split</c> and <c>holdout</c> (runtime.md §4): FNV-1a 64-bit over the
/// UTF-8 bytes of <c>journey/key/contactId</c>, modulo 10000.</summary>
public static class Fnv
{
    public const ulong OffsetBasis = 14695981039346656037UL;
    public const ulong Prime = 1099511628211UL;

    public static ulong Hash64(string text)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash = unchecked(hash * Prime);
        }
        return hash;
    }

    /// <summary>The bucket in [0, 10000); key is a split step's id or <c>holdout</c>.</summary>
    public static int Bucket(string journey, string key, string contactId) => (int)(Hash64(journey + "/" + key + "/" + contactId) % 10000UL);
}
