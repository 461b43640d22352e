using System.Xml.Linq;

namespace Ror.Client.Testing.Tests.Transactions;

/// <summary>Compares XML trees ignoring where namespaces are declared.</summary>
internal static class XmlEquivalence
{
    public static void Equal(string expectedXml, XElement actual)
    {
        var expected = Normalize(XElement.Parse(expectedXml));
        var normalizedActual = Normalize(new XElement(actual));
        if (!XNode.DeepEquals(expected, normalizedActual))
        {
            var left = expected.ToString(SaveOptions.DisableFormatting);
            var right = normalizedActual.ToString(SaveOptions.DisableFormatting);
            var at = Enumerable.Range(0, Math.Min(left.Length, right.Length)).FirstOrDefault(i => left[i] != right[i]);
            Assert.Fail($"The answer differs from the expected one at character {at}:\nexpected …{Excerpt(left, at)}…\nactual   …{Excerpt(right, at)}…");
        }
    }

    private static XElement Normalize(XElement element)
    {
        foreach (var node in element.DescendantsAndSelf())
        {
            node.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        }

        return element;
    }

    private static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 80), Math.Min(160, text.Length - Math.Max(0, at - 80)));
}
