using System.Globalization;
using System.Text;
using System.Xml;

namespace Ror.Client.Csd.Validation;

/// <summary>
/// Follows the element path of a forward-only reader cheaply (local names are atomised by the reader's name table),
/// so that a validation issue can say where it happened. The path string is only built when asked for.
/// </summary>
internal sealed class ElementPathTracker
{
    private readonly List<Frame> _frames = [];
    private readonly List<Dictionary<string, int>> _childCounts = [new(StringComparer.Ordinal)];

    /// <summary>Updates the path after the reader moved to a new node.</summary>
    public void OnNode(XmlReader reader)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                var counts = _childCounts[_frames.Count];
                counts.TryGetValue(reader.LocalName, out var seen);
                counts[reader.LocalName] = seen + 1;
                if (!reader.IsEmptyElement)
                {
                    _frames.Add(new Frame(reader.LocalName, seen + 1));
                    if (_childCounts.Count <= _frames.Count)
                    {
                        _childCounts.Add(new Dictionary<string, int>(StringComparer.Ordinal));
                    }
                    else
                    {
                        _childCounts[_frames.Count].Clear();
                    }
                }

                break;
            case XmlNodeType.EndElement:
                if (_frames.Count > 0)
                {
                    _frames.RemoveAt(_frames.Count - 1);
                }

                break;
        }
    }

    /// <summary>
    /// The path of the node the reader is on, before <see cref="OnNode"/> has seen it (validation events fire while the
    /// reader moves to the node).
    /// </summary>
    public string? Describe(XmlReader? reader)
    {
        var text = new StringBuilder();
        foreach (var frame in _frames)
        {
            Append(text, frame.Name, frame.Position);
        }

        if (reader is { NodeType: XmlNodeType.Element })
        {
            _childCounts[_frames.Count].TryGetValue(reader.LocalName, out var seen);
            Append(text, reader.LocalName, seen + 1);
        }

        return text.Length == 0 ? null : text.ToString();
    }

    private static void Append(StringBuilder text, string name, int position)
    {
        text.Append('/').Append(name);
        if (position > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{position}]");
        }
    }

    private readonly record struct Frame(string Name, int Position);
}
