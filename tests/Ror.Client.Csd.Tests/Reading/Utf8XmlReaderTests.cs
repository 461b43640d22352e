using System.Globalization;
using System.Text;
using System.Xml;
using Ror.Client.Csd.Reading;
using Xunit.Sdk;

namespace Ror.Client.Csd.Tests.Reading;

/// <summary>
/// Differential tests of <see cref="Utf8XmlReader"/>: each document is read by it and by the framework reader of
/// <see cref="CsdXmlReaderFactory.CreateStandard"/>, and both must report the same nodes, names, values, namespaces and
/// positions, however few bytes each read of the input stream hands out. Malformed documents must make both throw.
/// </summary>
/// <remarks>
/// By design the UTF-8 reader does not report the XML declaration as a node, throws <see cref="Utf8XmlException"/> with its own
/// messages and positions, and refuses encodings other than UTF-8: none of that is compared.
/// </remarks>
public sealed class Utf8XmlReaderTests
{
    private const int BufferSize = 64 * 1024;

    private static readonly int[] AllChunkSizes = [1, 2, 3, 7, 16, 4096, int.MaxValue];

    private static readonly MalformedCase[] MalformedCases =
    [
        new("mismatched end tag", "<root>\n  <a>\n  </b>\n</root>"),
        new("end tag of the parent closing a child", "<root><a><b></a></b></root>"),
        new("end tag longer than the start tag", "<root><a></ab></root>"),
        new("end tag with another prefix bound to the same namespace", "<p:a xmlns:p=\"urn:x\" xmlns:q=\"urn:x\"></q:a>"),
        new("unclosed element at end of input", "<root>\n  <a>text</a>\n", CsdFormatError.Truncated),
        new("end of input inside text", "<root>text", CsdFormatError.Truncated),
        new("end of input inside a start tag", "<root><a x=\"1\"", CsdFormatError.Truncated),
        new("end of input inside an end tag", "<root></ro", CsdFormatError.Truncated),
        new("empty input", string.Empty),
        new("only white space", "  \n\t"),
        new("only a byte order mark", [0xEF, 0xBB, 0xBF]),
        new("only a comment", "<!-- nothing -->"),
        new("text before the root element", "text<root/>"),
        new("text after the root element", "<root/>\ntext"),
        new("two root elements", "<a/>\n<b/>"),
        new("end tag at root level", "</a>"),
        new("duplicate attribute", "<a x=\"1\" x='2'/>"),
        new("duplicate attribute after one of the same length, first and last characters", "<a xay=\"1\" xby=\"2\" xay=\"3\"/>"),
        new("duplicate attribute among many", "<a a1=\"1\" a2=\"2\" a3=\"3\" a4=\"4\" a5=\"5\" a6=\"6\" a7=\"7\" a8=\"8\" a9=\"9\" a10=\"10\" a3=\"again\"/>"),
        new("duplicate attribute through two prefixes bound to one namespace", "<a xmlns:p=\"urn:x\" xmlns:q=\"urn:x\" p:x=\"1\" q:x=\"2\"/>"),
        new("duplicate namespace declaration", "<a xmlns:p=\"urn:x\" xmlns:p=\"urn:y\"/>"),
        new("undeclared element prefix", "<p:a/>"),
        new("undeclared attribute prefix", "<a p:x=\"1\"/>"),
        new("prefix declared on a sibling only", "<r><a xmlns:p=\"urn:x\"/><p:b/></r>"),
        new("'<' in an attribute value", "<a x=\"a<b\"/>"),
        new("undefined entity in text", "<a>&undefined;</a>"),
        new("undefined entity in an attribute", "<a x=\"&undefined;\"/>"),
        new("ampersand not starting a reference", "<a>fish & chips</a>"),
        new("reference without a semicolon", "<a>&amp x</a>"),
        new("character reference to NUL", "<a>&#0;</a>"),
        new("character reference to a surrogate", "<a>&#xD800;</a>"),
        new("character reference to U+FFFE in an attribute", "<a x=\"&#xFFFE;\"/>"),
        new("character reference beyond Unicode", "<a>&#x110000;</a>"),
        new("character reference without digits", "<a>&#;</a>"),
        new("hexadecimal character reference with an uppercase X", "<a>&#X41;</a>"),
        new("invalid UTF-8 byte pair in text", Bytes("<a>", [0xC3, 0x28], "</a>")),
        new("invalid UTF-8 byte in a name", Bytes("<a", [0xFF], "/>")),
        new("overlong UTF-8 encoding", Bytes("<a>", [0xC0, 0xAF], "</a>")),
        new("UTF-8 encoded surrogate", Bytes("<a>", [0xED, 0xA0, 0x80], "</a>")),
        new("truncated UTF-8 sequence at end of input inside an element", Bytes("<a>x", [0xE2, 0x82], string.Empty), CsdFormatError.Truncated),
        new("truncated UTF-8 sequence before a tag", Bytes("<a>", [0xE2, 0x82], "</a>")),
        new("control character U+0001 in text", "<a>x\u0001y</a>"),
        new("control character U+0001 in an attribute", "<a x=\"\u0001\"/>"),
        new("NUL byte in text", "<a>\0</a>"),
        new("U+FFFE in text", "<a>x\uFFFEy</a>"),
        new("U+FFFF in an attribute", "<a x=\"\uFFFF\"/>"),
        new("DOCTYPE", "<!DOCTYPE a [<!ENTITY e \"x\">]>\n<a>&e;</a>", CsdFormatError.DtdProhibited),
        new("DOCTYPE after the XML declaration", "<?xml version=\"1.0\"?>\n<!DOCTYPE a SYSTEM \"a.dtd\">\n<a/>", CsdFormatError.DtdProhibited),
        new("']]>' in text", "<a>x ]]> y</a>"),
        new("'--' in a comment", "<a><!-- a -- b --></a>"),
        new("comment ending with '--->'", "<a><!-- a ---></a>"),
        new("unterminated comment", "<a><!-- a </a>"),
        new("unterminated CDATA section", "<a><![CDATA[x</a>"),
        new("CDATA section outside the root element", "<![CDATA[x]]><a/>"),
        new("unknown markup after '<!'", "<a><!ELEMENT a ANY></a>"),
        new("XML declaration after the root element", "<a/><?xml version=\"1.0\"?>"),
        new("XML declaration after white space", " <?xml version=\"1.0\"?><a/>"),
        new("XML declaration inside the root element", "<a><?xml version=\"1.0\"?></a>"),
        new("XML declaration without version", "<?xml encoding=\"UTF-8\"?><a/>"),
        new("XML declaration with pseudo-attributes out of order", "<?xml version=\"1.0\" standalone=\"yes\" encoding=\"UTF-8\"?><a/>"),
        new("XML declaration with an invalid standalone value", "<?xml version=\"1.0\" standalone=\"maybe\"?><a/>"),
        new("XML declaration without pseudo-attributes", "<?xml?><a/>"),
        new("XML declaration without white space between pseudo-attributes", "<?xml version=\"1.0\"encoding=\"UTF-8\"?><a/>"),
        new("XML declaration with version 1.1", "<?xml version=\"1.1\"?><a/>"),
        new("XML declaration naming the encoding 'UTF8'", "<?xml version=\"1.0\" encoding=\"UTF8\"?><a/>"),
        new("processing instruction named 'XML'", "<a><?XML x?></a>"),
        new("unterminated processing instruction", "<a><?pi x</a>"),
        new("empty prefixed namespace declaration", "<a xmlns:p=\"\"/>"),
        new("xml prefix bound to another namespace", "<a xmlns:xml=\"urn:x\"/>"),
        new("xmlns prefix declared", "<a xmlns:xmlns=\"urn:x\"/>"),
        new("prefix bound to the xmlns namespace", "<a xmlns:p=\"http://www.w3.org/2000/xmlns/\"/>"),
        new("xml:space value other than default or preserve", "<a xml:space=\"keep\"/>"),
        new("attribute without a value", "<a x/>"),
        new("unquoted attribute value", "<a x=1/>"),
        new("attributes without white space between them", "<a x=\"1\"y=\"2\"/>"),
        new("unterminated attribute value", "<a x=\"1/>"),
        new("element name starting with a digit", "<1a/>"),
        new("element name with two colons", "<a:b:c xmlns:a=\"urn:x\"/>"),
        new("character not allowed in a name", "<a\u00D7b/>"),
        new("name starting with ':'", "<:a/>"),
        new("name ending with ':'", "<a:/>"),
        // Characters the framework reader refuses in names (it applies the name productions of XML 1.0, fourth edition).
        new("name starting with a character outside the BMP", "<\U00010330/>"),
        new("attribute name holding a character outside the BMP", "<a b\U0001F600=\"1\"/>"),
        new("name starting with U+2170 (small roman numeral one)", "<\u2170/>"),
        new("name starting with U+01C4 (latin capital DZ with caron)", "<\u01C4/>"),
        new("name holding U+203F (undertie)", "<a\u203Fb/>"),
        new("white space before the element name", "< a/>"),
        new("'/' not followed by '>' in a start tag", "<a/ >"),
        new("attribute in an end tag", "<a></a x=\"1\">"),
    ];

    public static TheoryData<int> ChunkSizes => new(AllChunkSizes);

    public static TheoryData<string, int> MalformedDocuments
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var malformed in MalformedCases)
            {
                foreach (var chunkSize in AllChunkSizes)
                {
                    data.Add(malformed.Name, chunkSize);
                }
            }

            return data;
        }
    }

    public static TheoryData<string, int> XmlDeclarations
    {
        get
        {
            string[] declarations =
            [
                "<?xml version=\"1.0\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version='1.0' encoding='utf-8'?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
                "<?xml version=\"1.0\" standalone=\"no\"?>",
                "<?xml  version = \"1.0\"\r\n encoding = \"UTF-8\"  ?>",
            ];
            var data = new TheoryData<string, int>();
            foreach (var declaration in declarations)
            {
                foreach (var chunkSize in AllChunkSizes)
                {
                    data.Add(declaration, chunkSize);
                }
            }

            return data;
        }
    }

    // ---- Well-formed documents: the same nodes ----

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_CsdDocumentWithDefaultAndPrefixedNamespaces_MatchesFrameworkReader(int chunkSize)
    {
        const string Xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CSD xmlns="urn:ihe:iti:csd:2013" xmlns:ror="urn:ror:extension">
              <organizationDirectory>
                <organization entityID="urn:oid:1.2.250.1.71.4.2.2:0001" ror:statut="actif">
                  <codedType code="SA07" codingScheme="1.2.250.1.213.1.6.1.1"/>
                  <primaryName>Hôpital Saint-Éloi</primaryName>
                  <ror:extension ror:version='2.4'>
                    <ror:capacite>12</ror:capacite>
                  </ror:extension>
                  <record created="2020-01-01T00:00:00Z" updated="2021-06-15T10:30:00+02:00" status="Active"/>
                </organization>
              </organizationDirectory>
              <serviceDirectory/>
              <facilityDirectory></facilityDirectory>
            </CSD>
            """;

        AssertSameAsFrameworkReader(Xml, chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_SoapEnvelopeWithSeveralPrefixes_MatchesFrameworkReader(int chunkSize)
    {
        const string Xml = """
            <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:wsa="http://www.w3.org/2005/08/addressing">
              <env:Header><wsa:Action env:mustUnderstand="true">urn:ihe:iti:csd:2013:GetDirectoryModificationsRequest</wsa:Action></env:Header>
              <env:Body>
                <csd:careServicesResponse xmlns:csd="urn:ihe:iti:csd:2013" xmlns="urn:ihe:iti:csd:2013">
                  <csd:result><CSD><organizationDirectory/></CSD></csd:result>
                </csd:careServicesResponse>
              </env:Body>
            </env:Envelope>
            """;

        AssertSameAsFrameworkReader(Xml, chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_AttributesWithBothQuoteKinds_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<a x=\"it's\" y='say \"hi\"' z = \"spaced\"\n\tw\t=\t'tabbed' empty=\"\" vide='' gt=\"a>b\" a.b-c_d1='1'/>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_AttributeNamesOfTheSameLengthFirstAndLastCharacters_MatchesFrameworkReader(int chunkSize)
    {
        // The duplicate check compares names only when two of them share these three things.
        AssertSameAsFrameworkReader("<r><a xay=\"1\" xby=\"2\" xcy=\"3\"/><b xay=\"1\" p:xay=\"2\" xmlns:p=\"urn:p\"/><c é=\"1\" e=\"2\"/></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_ReferencesInText_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<a>&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos; caf&#233; caf&#xE9; &#x1F600; &#128512; &#x41;&#66; &#x0000041;&#00065; &#xe9;&#xE9;</a>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_ReferencesInAttributes_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<a x=\"&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos;\" y='caf&#233; caf&#xE9; &#x1F600;' z=\"&#60;&#x3C;\"/>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_TextMadeOnlyOfReferences_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r><a>&amp;</a><b>&#233;</b><c>&#x1F600;</c><d>&lt;&gt;</d></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_ReferencesToWhiteSpaceCharacters_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r><a>&#32;</a><b>&#10;</b><c> &#9; </c><d>&#13;</d><e>&#xD;&#xA;</e></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_AttributeValueNormalisation_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<a tab=\"x\ty\" lf=\"x\ny\" crlf=\"x\r\ny\" cr=\"x\ry\" crcr='x\r\ry' refs=\"x&#9;y&#10;z&#13;w\" edge=\"\r\n\t lead and trail \r\"/>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_CrLfInText_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r>\r\n  <a>one\r\ntwo\r\n</a>\r\n  <b>\r\n</b>\r\n</r>\r\n", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_LoneCrInText_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r>\r  <a>one\rtwo\r\rthree\r</a>\r  <b>\r</b>\n\r</r>\r", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_CdataSections_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r><a><![CDATA[<b>&amp; \"x\" ]] ] ]>]]></a>\n<b>before<![CDATA[one\r\ntwo\rthree]]>after</b><c><![CDATA[]]></c><d><![CDATA[ ]]></d><e><![CDATA[x]]]]><![CDATA[>]]></e><f> <![CDATA[x]]> </f></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_CommentsAndProcessingInstructions_AreSkippedLikeTheFrameworkReader(int chunkSize)
    {
        const string Xml = "<?xml version=\"1.0\"?>\n<!-- before -->\n<?xml-stylesheet href=\"a.xsl\"?>\n<r><!-- inside --><?pi data?><a>x<!-- split -->y</a>\n<!---->"
            + "<b><?pi?></b><c>t<?target with data ?>u</c><!-- - single dashes - --></r>\n<!-- after -->\n<?after?>\n";

        AssertSameAsFrameworkReader(Xml, chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_WhiteSpaceBetweenElements_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("\n\t <r>\n  <a> </a>\n\t<b>\t\n </b>  <c/>\r\n</r> \n\n", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_XmlSpacePreserve_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r>\n <p xml:space=\"preserve\">\n  <a> </a>\n  <d xml:space=\"default\">\n   <e> </e>\n  </d>\n  <f>x <![CDATA[ ]]> </f>\n </p>\n <g> </g>\n</r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_XmlLangInheritance_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r xml:lang=\"fr\">\n <a>texte</a>\n <b xml:lang=\"en-GB\"><c>text</c><d xml:lang=\"\">none</d></b>\n <e xml:lang='de'/>\n <f>encore</f>\n</r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_ManyXmlLangValuesRecurringAndNestedDeep_MatchesFrameworkReader(int chunkSize)
    {
        // Languages that recur (7 of them), 300 distinct ones, an empty one that cancels the inherited value, and a
        // nesting deeper than the reader's first 64 levels, each level inheriting or overriding its parent's language.
        var xml = new StringBuilder("<r xml:lang=\"fr\">");
        for (var i = 0; i < 300; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<a xml:lang=\"l{i % 7}\"><b xml:lang=\"x{i}\">t</b><c>u</c><d xml:lang=\"\"><e>v</e></d></a><f>w</f>");
        }

        for (var depth = 0; depth < 100; depth++)
        {
            xml.Append(depth % 3 == 0 ? string.Create(CultureInfo.InvariantCulture, $"<n xml:lang=\"d{depth % 5}\">") : "<n>").Append('z');
        }

        for (var depth = 0; depth < 100; depth++)
        {
            xml.Append("</n>").Append('y');
        }

        AssertSameAsFrameworkReader(xml.Append("</r>").ToString(), chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_XmlSpacePreserveOnTheRoot_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r xml:space=\"preserve\" xml:lang=\"fr\"> <a> </a> </r>\n", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_XmlPrefixedAttributes_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r xml:id=\"i1\" xml:base=\"http://example.org/\"><a xml:lang=\"fr\" xml:space=\"default\"> <b/> </a></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_XmlPrefixDeclaredExplicitly_KeepsXmlSpaceAndXmlLang(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"><a xml:space=\"preserve\" xml:lang=\"fr\"> <b/> </a></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_EmptyElementForms_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r><a/><a /><a></a><a\n/><a x=\"1\"/><a x=\"1\" /><a x='1'></a><a></a ><a></a\n></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_EmptyRootElement_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<racine/>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_NonAsciiNamesTextAndAttributes_MatchesFrameworkReader(int chunkSize)
    {
        const string Xml = "<établissement xmlns:é=\"urn:é\" intitulé=\"Hôpital Émile-Roux — Pédiatrie\" é:çà=\"ça\">"
            + "<é:unité>Unité de soins intensifs 😀 😀</é:unité><名前 属性=\"値\">病院 中文 한국어</名前><Ωmega/><ñandú x=\"𐍈\">𐍈</ñandú></établissement>";

        AssertSameAsFrameworkReader(Xml, chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_ByteOrderMark_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader(Bytes(string.Empty, [0xEF, 0xBB, 0xBF], "<r>\n <a>é</a>\n</r>"), chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_ByteOrderMarkThenXmlDeclaration_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader(Bytes(string.Empty, [0xEF, 0xBB, 0xBF], "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r>\n <a>é</a>\n</r>"), chunkSize);
    }

    [Theory]
    [MemberData(nameof(XmlDeclarations))]
    public void Read_XmlDeclaration_MatchesFrameworkReader(string declaration, int chunkSize)
    {
        AssertSameAsFrameworkReader(declaration + "\n<r a=\"1\">\n <b>é</b>\n</r>\n", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_XmlDeclarationDirectlyFollowedByTheRoot_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<?xml version=\"1.0\" encoding=\"UTF-8\"?><r><b/></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_DefaultNamespaceUndeclared_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r xmlns=\"urn:a\"><b xmlns=\"\"><c/><d xmlns=\"urn:d\"><e/></d></b><f/></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_PrefixRedeclaredInChild_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<p:r xmlns:p=\"urn:1\" p:a=\"1\"><p:b xmlns:p=\"urn:2\" p:a=\"2\"><p:c/></p:b><p:d p:a=\"3\"/><p:e xmlns:p=\"urn:1\"/></p:r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_NamespaceDeclaredOnAnEmptyElement_EndsWithIt(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r xmlns=\"urn:r\"><a xmlns=\"urn:a\" xmlns:p=\"urn:p\" p:x=\"1\"/><b/><p:c xmlns:p=\"urn:other\"/></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_AttributesWithOneLocalNameInSeveralNamespaces_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r xmlns=\"urn:default\" xmlns:p=\"urn:1\" xmlns:q=\"urn:2\" x=\"none\" p:x=\"one\" q:x=\"two\"><p:x q:x=\"y\" x=\"z\"/></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_ManyAttributes_MatchesFrameworkReader(int chunkSize)
    {
        var builder = new StringBuilder("<r xmlns:p=\"urn:p\"");
        for (var i = 0; i < 40; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $" a{i}=\"v{i}&amp;\" p:b{i}='w{i}'");
        }

        builder.Append("><child/></r>");

        AssertSameAsFrameworkReader(builder.ToString(), chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_MultiByteCharactersBeforeNodes_CountsPositionsInUtf16Units(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r>é😀中<a/>😀😀<b x=\"é\" y=\"😀\" z='中'>😀</b>\n𐍈é <c\né=\"😀\"/> 😀</r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_MixedLineEndings_CountsLinesLikeTheFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r>\r\n<a/>\r<b/>\n<c/>\r\r\n<d\r\nx=\"1\"\ry='2'\n/>\n\r<e>\r\n\r\n</e></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_WhiteSpaceInsideTags_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r\n\txmlns:p = \"urn:p\"\r\n  a\n=\n'1'   ><p:b   p:c=\"2\"\t/><d></d\t\r\n></r   >", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_TextWithBracketsAndGreaterThan_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<r><a>a > b ] c ]] d ]>e</a><b>]]</b><c>]</c><d>x]]</d><e>]]]</e></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_DeepNesting_MatchesFrameworkReader(int chunkSize)
    {
        var builder = new StringBuilder();
        const int Levels = 150;
        for (var i = 0; i < Levels; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<n{i % 7} d=\"{i}\"{(i % 10 == 0 ? $" xmlns:p{i}=\"urn:{i}\"" : string.Empty)}>t{i}");
        }

        builder.Append("<p0:leaf/>");
        for (var i = Levels - 1; i >= 0; i--)
        {
            builder.Append(CultureInfo.InvariantCulture, $"</n{i % 7}>\n");
        }

        AssertSameAsFrameworkReader(builder.ToString(), chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_ManyDistinctNames_MatchesFrameworkReader(int chunkSize)
    {
        var builder = new StringBuilder("<r xmlns:p=\"urn:p\">");
        for (var i = 0; i < 6000; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<e{i} a{i}=\"{i}\" p:b{i}='{i}'/>");
        }

        builder.Append("</r>");

        AssertSameAsFrameworkReader(builder.ToString(), chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_ProcessingInstructionWhoseTargetStartsWithXml_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameAsFrameworkReader("<?xml-stylesheet href=\"a.xsl\" type=\"text/xsl\"?>\n<r><?xml-model href=\"b\"?></r>", chunkSize);
    }

    [Fact]
    public void Read_ElementWithTheXmlnsPrefix_IsRefused()
    {
        // The xmlns prefix is reserved to namespace declarations (Namespaces in XML 1.0); the framework reader lets an
        // element bear it, this reader does not.
        using var reader = CsdXmlReaderFactory.CreateUtf8(new MemoryStream(Encoding.UTF8.GetBytes("<xmlns:a/>")), CsdReaderOptions.Default);

        var (exception, state) = ReadToEnd(reader);

        Assert.IsType<Utf8XmlException>(exception);
        Assert.Equal(ReadState.Error, state);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_LongNames_MatchesFrameworkReader(int chunkSize)
    {
        var name = "nom" + new string('x', 300) + "é" + new string('y', 200);
        var prefix = "préfixe" + new string('p', 100);

        AssertSameAsFrameworkReader($"<{prefix}:{name} xmlns:{prefix}=\"urn:long\" {name}=\"1\" {prefix}:{name}=\"2\"><{name}/></{prefix}:{name}>", chunkSize);
    }

    // ---- Documents larger than the reader's buffer ----

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_DocumentLargerThanTheBuffer_MatchesFrameworkReader(int chunkSize)
    {
        var document = Encoding.UTF8.GetBytes(LargeDocument());
        Assert.True(document.Length > 4 * BufferSize);

        AssertSameAsFrameworkReader(document, chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_LargeDocumentOnOneLineOrWithLineFeedsOnly_CountsPositionsLikeTheFrameworkReader(int chunkSize)
    {
        // No carriage return: the bytes the buffer lets go of are counted in one pass (line feeds, UTF-16 length).
        foreach (var separator in new[] { string.Empty, "\n", "\n\n  " })
        {
            var builder = new StringBuilder("<racine>");
            for (var i = 0; builder.Length < 5 * BufferSize; i++)
            {
                var accents = new string('é', i % 5);
                var wide = string.Concat(Enumerable.Repeat("😀", i % 3));
                builder.Append(CultureInfo.InvariantCulture, $"<entité n=\"{i}\" libellé='中{accents}{wide}'>{separator}<nom>Hôpital {wide}{new string('x', i % 37)}</nom>{separator}<vide/></entité>{separator}");
            }

            var document = Encoding.UTF8.GetBytes(builder.Append("</racine>").ToString());
            Assert.True(document.Length > 4 * BufferSize);

            AssertSameAsFrameworkReader(document, chunkSize);
        }
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Mark_LetGoOfByTheBuffer_KeepsTheLineAndPositionOfTheMarkedNode(int chunkSize)
    {
        // Marked start tags after every kind of line end, wide characters before them, and text of 1 to 60 KiB after
        // them: the buffer lets go of each mark at a different place.
        var builder = new StringBuilder("<r>");
        string[] ends = ["\r\n", "\n  ", "\r", "\n"];
        for (var i = 0; i < 40; i++)
        {
            builder.Append(ends[i % ends.Length]).Append(new string('é', i % 7)).Append(string.Concat(Enumerable.Repeat("😀", i % 3)));
            builder.Append("<a n=\"").Append(i).Append("\">").Append(Repeat("texte é😀中 ", 1024 * (1 + (i * 17 % 60)))).Append("</a>");
        }

        var document = Encoding.UTF8.GetBytes(builder.Append("</r>").ToString());
        using var reader = (Utf8XmlReader)CsdXmlReaderFactory.CreateUtf8(new ChunkedStream(document, chunkSize), CsdReaderOptions.Default);
        var checkedMarks = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "a")
            {
                var expected = (reader.LineNumber, reader.LinePosition);
                reader.Mark();
                reader.Read();
                reader.Read();
                Assert.Equal(expected, (reader.MarkLineNumber, reader.MarkLinePosition));
                checkedMarks++;
            }
        }

        Assert.Equal(40, checkedMarks);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_TextLargerThanTheBuffer_MatchesFrameworkReader(int chunkSize)
    {
        var text = Repeat("Texte é😀中 &lt;&amp;&#x1F600; ]] \r\nsuite\r", 3 * BufferSize);

        AssertSameAsFrameworkReader($"<r><a>{text}</a><b>{Repeat("plain ascii text ", 2 * BufferSize)}</b></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_AttributeValueLargerThanTheBuffer_MatchesFrameworkReader(int chunkSize)
    {
        var value = Repeat("valeur é😀 &amp;&#233;\t\r\n ", 2 * BufferSize);

        AssertSameAsFrameworkReader($"<r x=\"{value}\" y='{Repeat("abc", BufferSize + 7)}'><a/></r>", chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_CdataCommentAndProcessingInstructionLargerThanTheBuffer_MatchesFrameworkReader(int chunkSize)
    {
        var xml = $"<r><a><![CDATA[{Repeat("cdata é😀 <&> ]] \r\n", BufferSize + 100)}]]></a><!--{Repeat("comment é - ", BufferSize + 50)}-->"
            + $"<?pi {Repeat("instruction ? > ", BufferSize + 30)}?><b>after</b></r>";

        AssertSameAsFrameworkReader(xml, chunkSize);
    }

    [Fact]
    public void Read_WhiteSpaceOnlyTextOf4096Characters_IsWhiteSpace()
    {
        // The framework reader reports a white-space run of 4,096 characters or more as text (its buffer's size); here
        // white space is white space at any length.
        using var reader = CsdXmlReaderFactory.CreateUtf8(new MemoryStream(Encoding.UTF8.GetBytes($"<r><a>{new string(' ', 4096)}</a></r>")), CsdReaderOptions.Default);

        Assert.True(reader.Read() && reader.Read() && reader.Read());

        Assert.Equal((XmlNodeType.Whitespace, 4096), (reader.NodeType, reader.Value.Length));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(4096)]
    [InlineData(int.MaxValue)]
    public void Read_MarkupStraddlingTheBufferEnd_MatchesFrameworkReader(int chunkSize)
    {
        // Each construct of the probe, byte after byte, is cut by the end of the first buffer.
        var probe = Encoding.UTF8.GetBytes(
            "<ror:élément xmlns:ror=\"urn:ror\" attribut=\"a&amp;b&#x1F600;c\r\nd\" autre='x&#9;y😀'>\r\n"
            + "texte é😀中 &lt;&#233;&#x1F600;\r\nsuite\r<![CDATA[cd\r\nata]]]]><!-- commentaire --><?pi données?>"
            + "<vide/><ror:vide /><a xml:space=\"preserve\">  </a></ror:élément>\r\n");
        for (var cut = 1; cut <= probe.Length; cut++)
        {
            var document = DocumentWithProbeAt(probe, BufferSize - cut);

            AssertSameAsFrameworkReader(document, chunkSize, where: $"probe cut by the buffer end {cut} bytes after its start");
        }
    }

    // ---- Other members ----

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void ReadOuterXml_OnElements_MatchesFrameworkReader(int chunkSize)
    {
        const string Xml = "<r xmlns=\"urn:r\" xmlns:p=\"urn:p\">\n <p:a x=\"1 &amp; &lt;2&gt; &quot;\" y='&apos;'>text &amp; more<b/><![CDATA[c<d]]>\r\n <c p:z=\"é\">😀</c></p:a>\n"
            + " <e xmlns=\"\"><f/></e>\n <g/>\n</r>";

        AssertSameXmlStrings(Xml, chunkSize, ["a", "e", "g"], reader => reader.ReadOuterXml());
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void ReadInnerXml_OnElements_MatchesFrameworkReader(int chunkSize)
    {
        const string Xml = "<r xmlns=\"urn:r\" xmlns:p=\"urn:p\">\n <p:a x=\"1 &amp; &lt;2&gt; &quot;\" y='&apos;'>text &amp; more<b/><![CDATA[c<d]]>\r\n <c p:z=\"é\">😀</c></p:a>\n"
            + " <e xmlns=\"\"><f/></e>\n <g/>\n</r>";

        AssertSameXmlStrings(Xml, chunkSize, ["a", "e", "g"], reader => reader.ReadInnerXml());
    }

    [Theory]
    [InlineData(XmlNamespaceScope.ExcludeXml)]
    [InlineData(XmlNamespaceScope.All)]
    [InlineData(XmlNamespaceScope.Local)]
    public void GetNamespacesInScope_OnEachElement_MatchesFrameworkReader(XmlNamespaceScope scope)
    {
        AssertSameNamespacesInScope("<r xmlns=\"urn:r\" xmlns:p=\"urn:p\"><a xmlns:q=\"urn:q\"><b xmlns:p=\"urn:p2\"/><c/></a><p:d xmlns=\"urn:d\"/><e/></r>", scope);
    }

    [Theory]
    [InlineData(XmlNamespaceScope.ExcludeXml)]
    [InlineData(XmlNamespaceScope.All)]
    [InlineData(XmlNamespaceScope.Local)]
    public void GetNamespacesInScope_DefaultNamespaceUndeclared_MatchesFrameworkReader(XmlNamespaceScope scope)
    {
        AssertSameNamespacesInScope("<r xmlns=\"urn:r\"><a xmlns=\"\"><b/></a></r>", scope);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void LookupPrefix_OnEachElement_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameLookupPrefix("<r xmlns=\"urn:r\" xmlns:p=\"urn:p\"><a xmlns:q=\"urn:q\"><b/></a><p:c/></r>", chunkSize, ["urn:r", "urn:p", "urn:q", "urn:unknown", "http://www.w3.org/XML/1998/namespace"]);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void LookupPrefix_PrefixRedeclaredToAnotherNamespace_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameLookupPrefix("<r xmlns:p=\"urn:p\"><a xmlns:p=\"urn:other\"/></r>", chunkSize, ["urn:p", "urn:other"]);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void LookupPrefix_DefaultNamespaceUndeclared_MatchesFrameworkReader(int chunkSize)
    {
        AssertSameLookupPrefix("<r xmlns=\"urn:r\"><a xmlns=\"\"/></r>", chunkSize, ["urn:r", string.Empty]);
    }

    // ---- Malformed documents: both readers throw ----

    [Theory]
    [MemberData(nameof(MalformedDocuments))]
    public void Read_MalformedDocument_BothReadersThrow(string name, int chunkSize)
    {
        var malformed = Array.Find(MalformedCases, c => c.Name == name)!;

        var exception = AssertBothThrow(malformed.Document, chunkSize, CsdReaderOptions.Default);

        if (malformed.Kind is { } kind)
        {
            Assert.Equal(kind, exception.Kind);
        }
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_DocumentLongerThanMaxDocumentBytes_BothThrowLimitExceeded(int chunkSize)
    {
        var document = Encoding.UTF8.GetBytes("<r>" + Repeat("<a>0123456789</a>\n", 2000) + "</r>");

        var exception = AssertBothThrow(document, chunkSize, new CsdReaderOptions { MaxDocumentBytes = 1000 });

        Assert.Equal(CsdFormatError.LimitExceeded, exception.Kind);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_DocumentOfExactlyMaxDocumentBytes_MatchesFrameworkReader(int chunkSize)
    {
        var document = Encoding.UTF8.GetBytes("<r>" + new string('x', 993) + "</r>");
        Assert.Equal(1000, document.Length);

        AssertSameAsFrameworkReader(document, chunkSize, new CsdReaderOptions { MaxDocumentBytes = 1000 });
    }

    [Theory]
    [InlineData("ISO-8859-1")]
    [InlineData("windows-1252")]
    [InlineData("US-ASCII")]
    public void Read_XmlDeclarationNamingAnotherEncoding_Utf8ReaderThrows(string encoding)
    {
        var document = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"{encoding}\"?>\n<r>abc</r>");
        foreach (var chunkSize in AllChunkSizes)
        {
            var (exception, state) = ReadToEnd(CsdXmlReaderFactory.CreateUtf8(new ChunkedStream(document, chunkSize), CsdReaderOptions.Default));

            Assert.IsType<Utf8XmlException>(exception);
            Assert.Equal(ReadState.Error, state);
        }
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Read_TruncatedUtf8SequenceAfterTheRootElement_Utf8ReaderThrowsTruncated(int chunkSize)
    {
        // The framework reader drops an incomplete sequence at the very end of the input without an error.
        var document = Bytes("<a/>\n", [0xE2, 0x82], string.Empty);

        var (exception, state) = ReadToEnd(CsdXmlReaderFactory.CreateUtf8(new ChunkedStream(document, chunkSize), CsdReaderOptions.Default));

        Assert.Equal(CsdFormatError.Truncated, Assert.IsType<Utf8XmlException>(exception).Kind);
        Assert.Equal(ReadState.Error, state);
    }

    // ---- Random edits ----

    [Fact]
    public void Read_RandomlyEditedDocuments_MatchTheFrameworkReaderOrBothThrow()
    {
        // 1,500 documents, each a CSD-like document with one to three random edits (a byte removed, or a piece of markup
        // inserted or written over): either both readers read the same nodes, or both throw. Seeded, so a failure repeats.
        const string basis = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CSD xmlns=\"urn:ihe:iti:csd:2013\" xmlns:ror=\"urn:ror\">\r\n"
            + "  <organizationDirectory>\n    <organization entityID=\"EG1\" ror:type='x &amp; y'>\n"
            + "      <codedType code=\"1\" codingScheme=\"1.2.250\">Entité &lt;géographique&gt; &#233;</codedType>\n"
            + "      <!-- commentaire -->\n      <primaryName><![CDATA[Centre <hospitalier>]]> 😀</primaryName><?pi données?>\n"
            + "      <record created=\"2024-01-02T03:04:05+01:00\" status=\"active\"/>\n"
            + "    </organization>\n  </organizationDirectory>\n</CSD>\n";
        string[] pieces = ["<", ">", "/", "&", ";", "\"", "'", "=", " ", "\r\n", "\r", ":", "a", "é", "😀", "&amp;", "&#x41;", "&#0;", "<![CDATA[", "]]>", "<!--", "-->", "<?pi x?>", "</", "/>", "<b>", "</b>"];
        var random = new Random(20261130);
        var original = Encoding.UTF8.GetBytes(basis);
        int read = 0, thrown = 0;
        for (var n = 0; n < 1500; n++)
        {
            var document = new List<byte>(original);
            var edits = random.Next(1, 4);
            for (var e = 0; e < edits; e++)
            {
                // Edits stay before the last line, so that no character is cut at the very end (where the framework reader
                // drops an incomplete sequence silently).
                var at = random.Next(0, document.Count - 8);
                var piece = Encoding.UTF8.GetBytes(pieces[random.Next(pieces.Length)]);
                switch (random.Next(3))
                {
                    case 0:
                        document.RemoveAt(at);
                        break;
                    case 1:
                        document.InsertRange(at, piece);
                        break;
                    default:
                        document.RemoveRange(at, Math.Min(piece.Length, document.Count - 8 - at));
                        document.InsertRange(at, piece);
                        break;
                }
            }

            var bytes = document.ToArray();
            var (expected, _) = ReadToEnd(CsdXmlReaderFactory.CreateStandard(new MemoryStream(bytes, writable: false), CsdReaderOptions.Default));
            var where = $"edited document {n}: {Show(Encoding.UTF8.GetString(bytes))}";
            if (expected is null)
            {
                AssertSameAsFrameworkReader(bytes, 7, where: where);
                read++;
                continue;
            }

            thrown++;
            Assert.True(expected is XmlException, $"{where}: the framework reader threw {expected.GetType().Name}.");
            var (actual, state) = ReadToEnd(CsdXmlReaderFactory.CreateUtf8(new ChunkedStream(bytes, 7), CsdReaderOptions.Default));
            Assert.True(actual is Utf8XmlException && state == ReadState.Error, $"{where}: the framework reader threw \"{expected.Message}\", the UTF-8 reader {(actual is null ? "read it" : "threw " + actual.GetType().Name)}.");
        }

        // Both outcomes are exercised.
        Assert.True(read > 100 && thrown > 100, $"{read} documents read, {thrown} refused.");
    }

    // ---- Comparison ----

    private static void AssertSameAsFrameworkReader(string xml, int chunkSize) => AssertSameAsFrameworkReader(Encoding.UTF8.GetBytes(xml), chunkSize);

    /// <summary>Reads <paramref name="document"/> with both readers in step and fails on the first property that differs.</summary>
    private static void AssertSameAsFrameworkReader(byte[] document, int chunkSize, CsdReaderOptions? options = null, string? where = null)
    {
        options ??= CsdReaderOptions.Default;
        var context = where is null ? $"chunks of {chunkSize} bytes" : $"chunks of {chunkSize} bytes, {where}";
        var prefixes = DeclaredPrefixes(document, options);
        using var expected = CsdXmlReaderFactory.CreateStandard(new MemoryStream(document, writable: false), options);
        using var actual = CsdXmlReaderFactory.CreateUtf8(new ChunkedStream(document, chunkSize), options);
        Same(expected.ReadState, actual.ReadState, $"{context}, before the first read", "ReadState");
        for (var index = 0; ; index++)
        {
            var node = $"{context}, node {index}";
            var expectedRead = ReadSkippingDeclaration(expected);
            bool actualRead;
            try
            {
                actualRead = actual.Read();
            }
            catch (XmlException exception)
            {
                throw new XunitException($"{node}: the UTF-8 reader threw \"{exception.Message}\" where the framework reader read {(expectedRead ? Describe(expected) : "the end of the document")}.");
            }

            Same(expectedRead, actualRead, node, "Read()");
            if (!expectedRead)
            {
                break;
            }

            node += $" ({Describe(expected)})";
            var expectedSnapshot = Snapshot(expected, prefixes);
            var actualSnapshot = Snapshot(actual, prefixes);
            for (var i = 0; i < Math.Max(expectedSnapshot.Count, actualSnapshot.Count); i++)
            {
                if (i >= expectedSnapshot.Count || i >= actualSnapshot.Count)
                {
                    var extra = i >= expectedSnapshot.Count ? $"the UTF-8 reader has {actualSnapshot[i].Key}" : $"the framework reader has {expectedSnapshot[i].Key}";
                    throw new XunitException($"{node}: {extra}, the other reader does not.");
                }

                Same(expectedSnapshot[i].Key, actualSnapshot[i].Key, node, "property");
                Same(expectedSnapshot[i].Value, actualSnapshot[i].Value, node, expectedSnapshot[i].Key);
            }
        }

        var end = $"{context}, at the end";
        Same(expected.EOF, actual.EOF, end, "EOF");
        Same(expected.ReadState, actual.ReadState, end, "ReadState");
        Same(expected.NodeType, actual.NodeType, end, "NodeType");
        Same(expected.Depth, actual.Depth, end, "Depth");
        Same(expected.Read(), actual.Read(), end, "Read() once more");
    }

    /// <summary>Everything the reader says about its current node, as (property, value) pairs in a fixed order.</summary>
    private static List<(string Key, string? Value)> Snapshot(XmlReader reader, IReadOnlyList<string> prefixes)
    {
        var info = (IXmlLineInfo)reader;
        var snapshot = new List<(string Key, string? Value)>
        {
            ("NodeType", Text(reader.NodeType)),
            ("Depth", Text(reader.Depth)),
            ("Name", reader.Name),
            ("LocalName", reader.LocalName),
            ("Prefix", reader.Prefix),
            ("NamespaceURI", reader.NamespaceURI),
            ("Value", reader.Value),
            ("HasValue", Text(reader.HasValue)),
            ("IsEmptyElement", Text(reader.IsEmptyElement)),
            ("XmlSpace", Text(reader.XmlSpace)),
            ("XmlLang", reader.XmlLang),
            ("AttributeCount", Text(reader.AttributeCount)),
            ("LineNumber", Text(info.LineNumber)),
            ("LinePosition", Text(info.LinePosition)),
        };
        var attributes = new List<(string Name, string LocalName, string NamespaceUri)>();
        for (var i = 0; reader.MoveToNextAttribute(); i++)
        {
            var key = $"attribute {i} ";
            attributes.Add((reader.Name, reader.LocalName, reader.NamespaceURI));
            snapshot.Add((key + "NodeType", Text(reader.NodeType)));
            snapshot.Add((key + "Name", reader.Name));
            snapshot.Add((key + "LocalName", reader.LocalName));
            snapshot.Add((key + "Prefix", reader.Prefix));
            snapshot.Add((key + "NamespaceURI", reader.NamespaceURI));
            snapshot.Add((key + "Value", reader.Value));
            snapshot.Add((key + "Depth", Text(reader.Depth)));
            snapshot.Add((key + "LineNumber", Text(info.LineNumber)));
            snapshot.Add((key + "LinePosition", Text(info.LinePosition)));
            var valueRead = reader.ReadAttributeValue();
            snapshot.Add((key + "ReadAttributeValue()", Text(valueRead)));
            if (valueRead)
            {
                snapshot.Add((key + "value node NodeType", Text(reader.NodeType)));
                snapshot.Add((key + "value node Value", reader.Value));
                snapshot.Add((key + "value node Depth", Text(reader.Depth)));
                snapshot.Add((key + "value node LineNumber", Text(info.LineNumber)));
                snapshot.Add((key + "value node LinePosition", Text(info.LinePosition)));
            }
        }

        snapshot.Add(("MoveToElement()", Text(reader.MoveToElement())));
        snapshot.Add(("NodeType after MoveToElement()", Text(reader.NodeType)));
        foreach (var (name, localName, namespaceUri) in attributes)
        {
            snapshot.Add(($"GetAttribute(\"{name}\")", reader.GetAttribute(name)));
            snapshot.Add(($"GetAttribute(\"{localName}\", \"{namespaceUri}\")", reader.GetAttribute(localName, namespaceUri)));
        }

        snapshot.Add(("GetAttribute(\"missing\")", reader.GetAttribute("missing")));
        snapshot.Add(("GetAttribute(\"missing\", \"\")", reader.GetAttribute("missing", string.Empty)));
        foreach (var prefix in prefixes)
        {
            snapshot.Add(($"LookupNamespace(\"{prefix}\")", reader.LookupNamespace(prefix)));
        }

        return snapshot;
    }

    /// <summary>The prefixes to look up on each node: those the document declares, the reserved ones, and one never declared.</summary>
    private static List<string> DeclaredPrefixes(byte[] document, CsdReaderOptions options)
    {
        var prefixes = new List<string> { string.Empty, "xml", "xmlns", "undeclared" };
        using var reader = CsdXmlReaderFactory.CreateStandard(new MemoryStream(document, writable: false), options);
        while (reader.Read())
        {
            while (reader.MoveToNextAttribute())
            {
                if (reader.Prefix == "xmlns" && !prefixes.Contains(reader.LocalName))
                {
                    prefixes.Add(reader.LocalName);
                }
            }
        }

        return prefixes;
    }

    /// <summary>Moves both readers onto each named element in turn and compares what <paramref name="read"/> returns there.</summary>
    private static void AssertSameXmlStrings(string xml, int chunkSize, string[] localNames, Func<XmlReader, string> read)
    {
        var document = Encoding.UTF8.GetBytes(xml);
        using var expected = CsdXmlReaderFactory.CreateStandard(new MemoryStream(document, writable: false), CsdReaderOptions.Default);
        using var actual = CsdXmlReaderFactory.CreateUtf8(new ChunkedStream(document, chunkSize), CsdReaderOptions.Default);
        foreach (var localName in localNames)
        {
            Assert.True(MoveToElement(expected, localName));
            Assert.True(MoveToElement(actual, localName));

            Assert.Equal(read(expected), read(actual));
            Assert.Equal((expected.NodeType, expected.Name, expected.Depth), (actual.NodeType, actual.Name, actual.Depth));
        }

        static bool MoveToElement(XmlReader reader, string localName)
        {
            do
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == localName)
                {
                    return true;
                }
            }
            while (reader.Read());

            return false;
        }
    }

    /// <summary>Compares <see cref="IXmlNamespaceResolver.GetNamespacesInScope"/> on every element and end tag.</summary>
    private static void AssertSameNamespacesInScope(string xml, XmlNamespaceScope scope)
    {
        var document = Encoding.UTF8.GetBytes(xml);
        foreach (var chunkSize in AllChunkSizes)
        {
            using var expected = CsdXmlReaderFactory.CreateStandard(new MemoryStream(document, writable: false), CsdReaderOptions.Default);
            using var actual = CsdXmlReaderFactory.CreateUtf8(new ChunkedStream(document, chunkSize), CsdReaderOptions.Default);
            while (ReadSkippingDeclaration(expected))
            {
                Assert.True(actual.Read());
                if (expected.NodeType is XmlNodeType.Element or XmlNodeType.EndElement)
                {
                    Same(
                        Format(((IXmlNamespaceResolver)expected).GetNamespacesInScope(scope)),
                        Format(((IXmlNamespaceResolver)actual).GetNamespacesInScope(scope)),
                        $"chunks of {chunkSize} bytes, {Describe(expected)}",
                        $"GetNamespacesInScope({scope})");
                }
            }

            Assert.False(actual.Read());
        }
    }

    /// <summary>Compares <see cref="IXmlNamespaceResolver.LookupPrefix"/> of each of <paramref name="uris"/> on every node.</summary>
    private static void AssertSameLookupPrefix(string xml, int chunkSize, string[] uris)
    {
        var document = Encoding.UTF8.GetBytes(xml);
        using var expected = CsdXmlReaderFactory.CreateStandard(new MemoryStream(document, writable: false), CsdReaderOptions.Default);
        using var actual = CsdXmlReaderFactory.CreateUtf8(new ChunkedStream(document, chunkSize), CsdReaderOptions.Default);
        while (ReadSkippingDeclaration(expected))
        {
            Assert.True(actual.Read());
            foreach (var uri in uris)
            {
                Same(
                    ((IXmlNamespaceResolver)expected).LookupPrefix(uri),
                    ((IXmlNamespaceResolver)actual).LookupPrefix(uri),
                    $"chunks of {chunkSize} bytes, {Describe(expected)}",
                    $"LookupPrefix(\"{uri}\")");
            }
        }
    }

    /// <summary>
    /// Reads <paramref name="document"/> to the end with both readers: both must throw an <see cref="XmlException"/>, the UTF-8
    /// reader then being in error, on the line the framework reader names (when it names one).
    /// </summary>
    private static Utf8XmlException AssertBothThrow(byte[] document, int chunkSize, CsdReaderOptions options)
    {
        var (expected, _) = ReadToEnd(CsdXmlReaderFactory.CreateStandard(new MemoryStream(document, writable: false), options));
        var (actual, state) = ReadToEnd(CsdXmlReaderFactory.CreateUtf8(new ChunkedStream(document, chunkSize), options));

        if (expected is not XmlException expectedException)
        {
            throw new XunitException($"The framework reader read the document (or threw {expected?.GetType().Name}); the UTF-8 reader threw {Show(actual?.Message)}.");
        }

        Assert.True(actual is not null, $"The UTF-8 reader read the document; the framework reader threw \"{expected.Message}\".");
        var exception = Assert.IsType<Utf8XmlException>(actual);
        Assert.Equal(ReadState.Error, state);
        if (expectedException.LineNumber > 0)
        {
            Assert.True(
                expectedException.LineNumber == exception.LineNumber,
                $"The framework reader threw on line {expectedException.LineNumber} (\"{expectedException.Message}\"), the UTF-8 reader on line {exception.LineNumber} (\"{exception.Message}\").");
        }

        return exception;
    }

    /// <summary>Reads every node, its value and its attributes, until the end or an exception; returns that exception and the final state.</summary>
    private static (Exception? Exception, ReadState State) ReadToEnd(XmlReader reader)
    {
        using (reader)
        {
            var exception = Record.Exception(() =>
            {
                while (reader.Read())
                {
                    _ = reader.Value;
                    while (reader.MoveToNextAttribute())
                    {
                        _ = reader.Value;
                    }
                }
            });
            return (exception, reader.ReadState);
        }
    }

    private static bool ReadSkippingDeclaration(XmlReader reader)
    {
        var read = reader.Read();
        if (read && reader.NodeType == XmlNodeType.XmlDeclaration)
        {
            read = reader.Read();
        }

        return read;
    }

    private static void Same<T>(T expected, T actual, string where, string property)
    {
        var expectedText = Text(expected);
        var actualText = Text(actual);
        if (!string.Equals(expectedText, actualText, StringComparison.Ordinal))
        {
            throw new XunitException($"{where}: {property} is {Show(expectedText)} with the framework reader, {Show(actualText)} with the UTF-8 reader{FirstDifference(expectedText, actualText)}.");
        }
    }

    private static string? Text<T>(T value) => value switch
    {
        null => null,
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Describe(XmlReader reader) => $"{reader.NodeType} '{reader.Name}'";

    private static string Format(IDictionary<string, string> namespaces) =>
        string.Join(", ", namespaces.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));

    /// <summary>A value for a failure message: quoted, control characters escaped, long values shortened.</summary>
    private static string Show(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var shown = value.Length > 160 ? string.Concat(value.AsSpan(0, 100), "…", value.AsSpan(value.Length - 40)) : value;
        var builder = new StringBuilder("\"");
        foreach (var c in shown)
        {
            builder.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').Append(value.Length > 160 ? $" ({value.Length} characters)" : string.Empty).ToString();
    }

    private static string FirstDifference(string? expected, string? actual)
    {
        if (expected is null || actual is null || (expected.Length <= 160 && actual.Length <= 160))
        {
            return string.Empty;
        }

        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        var from = Math.Max(0, i - 20);
        return $"; they differ from character {i}: {Show(expected[from..Math.Min(expected.Length, i + 40)])} against {Show(actual[from..Math.Min(actual.Length, i + 40)])}";
    }

    // ---- Documents ----

    private static byte[] Bytes(string before, byte[] bytes, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. bytes, .. Encoding.UTF8.GetBytes(after)];

    private static string Repeat(string pattern, int minimumLength)
    {
        var builder = new StringBuilder(minimumLength + pattern.Length);
        while (builder.Length < minimumLength)
        {
            builder.Append(pattern);
        }

        return builder.ToString();
    }

    /// <summary>A document of several buffers: varied records whose lengths shift every construct across the buffer ends.</summary>
    private static string LargeDocument()
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<CSD xmlns=\"urn:ihe:iti:csd:2013\" xmlns:ror=\"urn:ror\">\r\n");
        for (var i = 0; builder.Length < 320_000; i++)
        {
            var pad = new string((char)('a' + (i % 26)), i % 41);
            var accents = new string('é', i % 7);
            builder.Append(CultureInfo.InvariantCulture, $"  <ror:entité{pad} n=\"{i}\" libellé='Hôpital &amp; {accents}&#x1F600;😀' note=\"a&#9;b\r\nc\tfin\" xml:lang=\"fr-{i % 5}\">\r\n");
            builder.Append(CultureInfo.InvariantCulture, $"    <nom{accents}>Clinique 中文 😀 {pad}&lt;{i}&gt;\r\nligne\rsuite ]] </nom{accents}>\n");
            builder.Append(CultureInfo.InvariantCulture, $"    <![CDATA[données {pad} ]] \r\n]]><!-- commentaire {accents} --><?traitement {pad}?>\n");
            builder.Append(CultureInfo.InvariantCulture, $"    <vide{pad}/><ror:e xmlns:ror=\"urn:autre-{i % 3}\" ror:a=\"{i}\"/>{(i % 4 == 0 ? "<p xml:space=\"preserve\"> </p>" : string.Empty)}\n");
            builder.Append(CultureInfo.InvariantCulture, $"  </ror:entité{pad}>\n");
        }

        return builder.Append("</CSD>\n").ToString();
    }

    /// <summary>A document whose <paramref name="probe"/> starts at byte <paramref name="offset"/>, after a comment and a text run of ASCII.</summary>
    private static byte[] DocumentWithProbeAt(byte[] probe, int offset)
    {
        var line = "ligne de commentaire é😀\n";
        var lines = (offset - 200) / Encoding.UTF8.GetByteCount(line);
        var head = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<racine xmlns=\"urn:r\">\n<!--" + string.Concat(Enumerable.Repeat(line, lines)) + "-->\n");
        var padding = Encoding.UTF8.GetBytes(new string('t', offset - head.Length));
        return [.. head, .. padding, .. probe, .. "</racine>"u8];
    }

    private sealed record MalformedCase(string Name, byte[] Document, CsdFormatError? Kind = null)
    {
        public MalformedCase(string name, string document, CsdFormatError? kind = null)
            : this(name, Encoding.UTF8.GetBytes(document), kind)
        {
        }
    }

    /// <summary>A forward-only stream that hands out at most <c>chunkSize</c> bytes per read.</summary>
    private sealed class ChunkedStream(byte[] content, int chunkSize) : ReadingFixtures.ReadOnlyForwardStream
    {
        private int _position;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(Math.Min(buffer.Length, chunkSize), content.Length - _position);
            content.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }
    }
}
