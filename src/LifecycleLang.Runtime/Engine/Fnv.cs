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
    public static int Bucket(string journey, string key, string contactId)
    {
        // The same bytes as hashing journey + "/" + key + "/" + contactId, without building the string:
        // UTF-8 of a concatenation is the concatenation of the parts' UTF-8 ('/' never completes a
        // surrogate pair, so a lone surrogate at a part's edge is replaced the same way).
        var hash = Append(OffsetBasis, journey);
        hash = Append(hash, '/');
        hash = Append(hash, key);
        hash = Append(hash, '/');
        hash = Append(hash, contactId);
        return (int)(hash % 10000UL);
    }

    private static ulong Append(ulong hash, char ascii) => unchecked((hash ^ ascii) * Prime);

    private static ulong Append(ulong hash, string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            foreach (var c in text)
            {
                hash = unchecked((hash ^ c) * Prime);
            }
            return hash;
        }
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * Prime);
        }
        return hash;
    }
}
