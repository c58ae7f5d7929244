using System.Collections.Concurrent;

namespace LifecycleLang.LanguageServer;

/// <summary>
/// Document URIs ↔ the paths the compiler uses. A file URI becomes its full local path; anything else
/// (`untitled:Untitled-1`) is used as its own path. The URI a client sent is given back verbatim.
/// </summary>
internal sealed class DocumentUris
{
    private readonly ConcurrentDictionary<string, string> _uriByPath = new(StringComparer.Ordinal);

    public string ToPath(string uri)
    {
        var path = Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : uri;
        _uriByPath.TryAdd(path, uri);
        return path;
    }

    public string ToUri(string path)
    {
        if (_uriByPath.TryGetValue(path, out var uri))
        {
            return uri;
        }

        return Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path;
    }
}
