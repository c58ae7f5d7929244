using System.Collections.Immutable;
using LifecycleLang.Semantics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Workspace;

/// <summary>
/// The documents of a workspace as an editor sees them: files read from disk under the workspace folders,
/// overridden by the text of open editors. Every change publishes a new immutable
/// <see cref="WorkspaceSnapshot"/>; readers take <see cref="Current"/> and never wait for writers.
/// <see cref="LatestModel"/> is the newest semantic model computed so far (possibly of an older snapshot):
/// completion serves from it so that it never waits for a check.
/// </summary>
public sealed class IdeWorkspace
{
    private readonly object _gate = new();
    private readonly List<string> _folders = [];
    private readonly CompilationOptions _options;
    private WorkspaceSnapshot _current;
    private (long Version, SemanticModel Model)? _latest;
    private (long Version, SemanticModel Model)? _lastGood;

    public IdeWorkspace()
    {
        _options = new CompilationOptions(ReadFile);
        _current = new WorkspaceSnapshot(0, ImmutableSortedDictionary.Create<string, IdeDocument>(StringComparer.Ordinal), _options);
    }

    public WorkspaceSnapshot Current => Volatile.Read(ref _current);

    public IReadOnlyList<string> Folders
    {
        get
        {
            lock (_gate)
            {
                return [.. _folders];
            }
        }
    }

    /// <summary>The newest model computed so far and the snapshot version it belongs to, or null before the first check.</summary>
    public (long Version, SemanticModel Model)? LatestModel
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    /// <summary>
    /// The newest model computed for a workspace without syntax errors, or null: while the text being typed is
    /// broken, names it broke are still known here.
    /// </summary>
    public (long Version, SemanticModel Model)? LastGoodModel
    {
        get
        {
            lock (_gate)
            {
                return _lastGood;
            }
        }
    }

    /// <summary>Adds a folder: reads every .journey file under it (build output and node_modules excluded).</summary>
    public WorkspaceSnapshot AddFolder(string folder)
    {
        IReadOnlyList<string> files;
        try
        {
            files = Directory.Exists(folder) ? WorkspaceFiles.Find([folder]) : [];
        }
        catch (Exception exception) when (exception is WorkspaceLoadException or IOException or UnauthorizedAccessException)
        {
            files = [];
        }

        var texts = new List<SourceText>();
        foreach (var file in files)
        {
            if (TryRead(Path.GetFullPath(file)) is { } text)
            {
                texts.Add(text);
            }
        }

        lock (_gate)
        {
            _folders.Add(Path.GetFullPath(folder));
            var documents = _current.Documents;
            foreach (var text in texts)
            {
                if (documents.GetValueOrDefault(text.Path) is not { IsOpen: true })
                {
                    documents = documents.SetItem(text.Path, new IdeDocument(text, null, isOpen: false));
                }
            }

            return Publish(documents);
        }
    }

    public WorkspaceSnapshot Open(string path, string text, int? version)
    {
        lock (_gate)
        {
            return Publish(_current.Documents.SetItem(path, new IdeDocument(new SourceText(text, path), version, isOpen: true)));
        }
    }

    /// <summary>Applies edits in order (each relative to the text the previous one produced).</summary>
    public WorkspaceSnapshot Change(string path, IEnumerable<TextChange> changes, int? version)
    {
        lock (_gate)
        {
            var document = _current.Documents.GetValueOrDefault(path);
            var text = document?.Text ?? new SourceText(string.Empty, path);
            foreach (var change in changes)
            {
                text = change.ApplyTo(text);
            }

            return Publish(_current.Documents.SetItem(path, new IdeDocument(text, version, isOpen: true)));
        }
    }

    /// <summary>The editor closed the document: its text comes from the disk again (or it leaves the workspace when it is not on disk or outside the folders).</summary>
    public WorkspaceSnapshot Close(string path)
    {
        var onDisk = IsInWorkspace(path) ? TryRead(path) : null;
        lock (_gate)
        {
            var documents = onDisk is null
                ? _current.Documents.Remove(path)
                : _current.Documents.SetItem(path, new IdeDocument(onDisk, null, isOpen: false));
            return Publish(documents);
        }
    }

    /// <summary>A file changed, appeared or disappeared on disk. Open documents keep the editor's text.</summary>
    public WorkspaceSnapshot FileChanged(string path)
    {
        var isJourney = path.EndsWith(WorkspaceFiles.Extension, StringComparison.Ordinal);
        var onDisk = isJourney && IsInWorkspace(path) ? TryRead(path) : null;
        lock (_gate)
        {
            var documents = _current.Documents;
            if (isJourney && documents.GetValueOrDefault(path) is not { IsOpen: true })
            {
                documents = onDisk is null ? documents.Remove(path) : documents.SetItem(path, new IdeDocument(onDisk, null, isOpen: false));
            }

            // Other files (template bodies) are read by the compilation: a new snapshot reads them again.
            return Publish(documents);
        }
    }

    /// <summary>Records a computed model; it becomes <see cref="LatestModel"/> unless a newer one is known.</summary>
    public void ModelComputed(WorkspaceSnapshot snapshot)
    {
        var model = snapshot.Model;
        var good = snapshot.Documents.Values.All(d => !d.Tree.HasErrors);
        lock (_gate)
        {
            if (_latest is not { } latest || latest.Version < snapshot.Version)
            {
                _latest = (snapshot.Version, model);
            }

            if (good && (_lastGood is not { } lastGood || lastGood.Version < snapshot.Version))
            {
                _lastGood = (snapshot.Version, model);
            }
        }
    }

    /// <summary>The best model to serve a request from without waiting: the current snapshot's when ready, else the latest computed.</summary>
    public SemanticModel? AvailableModel()
    {
        var current = Current;
        if (current.IsModelReady)
        {
            return current.Model;
        }

        return LatestModel?.Model;
    }

    private WorkspaceSnapshot Publish(ImmutableSortedDictionary<string, IdeDocument> documents)
    {
        var next = new WorkspaceSnapshot(_current.Version + 1, documents, _options);
        Volatile.Write(ref _current, next);
        return next;
    }

    private bool IsInWorkspace(string path)
    {
        lock (_gate)
        {
            return _folders.Any(folder => path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        }
    }

    // Template files (`body file "x.liquid"`): an open editor's text wins over the disk.
    private string? ReadFile(string path)
    {
        if (Current.Documents.GetValueOrDefault(path) is { IsOpen: true } open)
        {
            return open.Text.Text;
        }

        return CompilationOptions.Default.ReadFile(path);
    }

    private static SourceText? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? new SourceText(File.ReadAllText(path), path) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
