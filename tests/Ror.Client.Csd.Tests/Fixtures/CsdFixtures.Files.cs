namespace Ror.Client.Csd.Tests.Fixtures;

/// <summary>The fixtures as XML files (<c>Fixtures/Xml/&lt;name&gt;.xml</c>, copied to the test output folder).</summary>
public static partial class CsdFixtures
{
    /// <summary>
    /// The path of the XML file holding the message fixture <paramref name="name"/> (a name of <see cref="AllMessages"/>),
    /// as written by <c>CsdWriter</c> with indentation. The writer tests keep these files identical to the writer output.
    /// </summary>
    public static string XmlFilePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Xml", name + ".xml");
}
