using System.Text;

namespace LifecycleLang.Emit;

/// <summary>A small structured writer for generated C#: indentation, blocks and #line mapping.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;
    private string? _mappedFile;

    public void Line(string text = "")
    {
        if (text.Length == 0)
        {
            _builder.Append('\n');
            return;
        }

        _builder.Append(' ', _indent * 4).Append(text).Append('\n');
    }

    public void Open(string text = "{")
    {
        Line(text);
        _indent++;
    }

    /// <summary>A type or member header followed by an opening brace.</summary>
    public void Block(string header)
    {
        Line(header);
        Open();
    }

    public void Close(string text = "}")
    {
        _indent--;
        Line(text);
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    /// <summary>
    /// Maps the next generated line to a .journey line, so Roslyn errors, stack traces and the PDB's
    /// sequence points point at the journey, not at generated code.
    /// </summary>
    public void MapTo(string file, int line)
    {
        _builder.Append("#line ").Append(line).Append(" \"").Append(file).Append("\"\n");
        _mappedFile = file;
    }

    /// <summary>Ends a mapped region: the lines after it belong to no source line (debuggers step over them).</summary>
    public void Unmap()
    {
        if (_mappedFile is not null)
        {
            _builder.Append("#line hidden\n");
            _mappedFile = null;
        }
    }

    public override string ToString() => _builder.ToString();
}
