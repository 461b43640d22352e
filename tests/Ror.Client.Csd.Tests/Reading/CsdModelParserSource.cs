using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Reading;
using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Tests.Reading;

/// <summary>
/// Writes the source of <c>CsdModelParser.Types.cs</c> from the wire-name markers of the models: the
/// reader's parse methods are kept in step with the models by <see cref="CsdModelParserSourceTests"/>.
/// </summary>
internal static class CsdModelParserSource
{
    public static string Generate()
    {
        var asm = typeof(CsdDocument).Assembly;
        var nameConst = typeof(CsdNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .GroupBy(f => (string)f.GetRawConstantValue()!)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.Name.StartsWith("Soap") ? 1 : 0).First().Name);
        string N(string wire) => nameConst.TryGetValue(wire, out var id) ? "CsdNames." + id : throw new InvalidOperationException($"CsdNames has no constant for the wire name '{wire}'.");

        // A switch on the length of `bytes`: the names are told apart by their length first (a jump table), then by their
        // bytes; a match runs its lines and leaves the switch, anything else runs the default lines.
        void LengthSwitch(StringBuilder sb, string indent, IEnumerable<(string Name, string[] OnMatch)> names, IEnumerable<string> otherwise)
        {
            sb.AppendLine($"{indent}switch (bytes.Length)");
            sb.AppendLine($"{indent}{{");
            foreach (var group in names.GroupBy(n => Encoding.UTF8.GetByteCount(n.Name)).OrderBy(g => g.Key))
            {
                sb.AppendLine($"{indent}    case {group.Key}:");
                foreach (var (name, onMatch) in group)
                {
                    sb.AppendLine($"{indent}        if (bytes.SequenceEqual(\"{name}\"u8))");
                    sb.AppendLine($"{indent}        {{");
                    foreach (var line in onMatch) sb.AppendLine($"{indent}            {line}");
                    sb.AppendLine($"{indent}            break;");
                    sb.AppendLine($"{indent}        }}");
                    sb.AppendLine();
                }

                sb.AppendLine($"{indent}        goto default;");
            }

            sb.AppendLine($"{indent}    default:");
            foreach (var line in otherwise) sb.AppendLine(line.Length == 0 ? string.Empty : $"{indent}        {line}");
            sb.AppendLine($"{indent}        break;");
            sb.AppendLine($"{indent}}}");
        }

        var aliases = new Dictionary<string, string>
        {
            ["annualOpenning"] = "annualOpening",
            ["crisisAccomodationCapacity"] = "crisisAccommodationCapacity",
            ["avaible"] = "available",
            ["resourcesSkills"] = "ressourcesSkills",
            ["residentialCapactity"] = "residentialCapacity",
            ["accomodationFamily"] = "accommodationFamily",
            ["nbTemporarySocialeHelpPlace"] = "nbTemporarySocialHelpPlace",
            ["basePackageAccomodation"] = "basePackageAccommodation",
            ["exerciceModeInUnit"] = "exerciseModeInUnit",
            ["recognation"] = "recognition",
        };
        // Types parsed by hand-written methods.
        var handWritten = new HashSet<string> { "NativeContact", "CareServicesFunctionCall" };
        // Neutral values for a missing required choice.
        var choiceNeutral = new Dictionary<string, string>
        {
            ["PriceDetails"] = "new HomeDayPrice()",
            ["CareServicesQuery"] = "throw c.MissingContent(\"expression | function\")",
            ["CareServicesOutcome"] = "throw c.MissingContent(\"result | error\")",
        };

        var nullability = new NullabilityInfoContext();
        var types = asm.GetTypes()
            .Where(t => t.Namespace == "Ror.Client.Csd.Models" && t.IsClass && !t.IsAbstract && t != typeof(ExtraAttribute) && !t.IsNested)
            .OrderBy(t => t.Name)
            .ToList();

        var sb = new StringBuilder();
        sb.AppendLine("""
        using System.Xml;
        using Ror.Client.Csd.Models;

        namespace Ror.Client.Csd.Reading;

        // One parse method per model type, following the wire-name markers of the models
        // (Ror.Client.Csd.Serialization): elements in any order, unknown elements and attributes skipped and
        // reported, corrected-spelling aliases accepted and reported, missing mandatory items reported and
        // replaced by the neutral values of CsdModelParser.Neutral. Each method is called on the start tag of
        // its element and returns with the reader after its end tag.
        //
        // This file is written from the models by tests/Ror.Client.Csd.Tests/Reading/CsdModelParserSource.cs;
        // CsdModelParserSourceTests fails when a model changes, and rewrites it when run with ROR_CSD_WRITE_PARSER=1.
        internal sealed partial class CsdModelParser
        {
        """);

        var neutrals = new StringBuilder();
        var neutralNeeded = new HashSet<Type>();

        bool IsList(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(EquatableList<>);
        bool IsRequired(PropertyInfo p) => p.GetCustomAttribute<RequiredMemberAttribute>() is not null;
        bool IsNullable(PropertyInfo p) => Nullable.GetUnderlyingType(p.PropertyType) is not null || (!p.PropertyType.IsValueType && nullability.Create(p).WriteState == NullabilityState.Nullable);
        Type Core(Type t) => Nullable.GetUnderlyingType(t) ?? t;

        // byIndex: on the UTF-8 reader, an attribute matched by its bytes is read by its index i, the reader staying on
        // the start tag (c.AttributeValueAt(i), c.AttributeInt32At(i)…).
        string ParseScalar(Type t, bool attribute, bool byIndex = false)
        {
            // Typed values are read without a string where the reader allows (c.ReadInt32(), c.AttributeInt32()…).
            var call = byIndex ? "At(i)" : "()";
            var source = attribute ? $"c.AttributeValue{call}" : "c.ReadText()";
            var typed = attribute ? "c.Attribute" : "c.Read";
            return Core(t) switch
            {
                var x when x == typeof(string) => source,
                var x when x == typeof(int) => $"{typed}Int32{call}",
                var x when x == typeof(long) => $"{typed}Int64{call}",
                var x when x == typeof(decimal) => $"{typed}Decimal{call}",
                var x when x == typeof(double) => $"{typed}Double{call}",
                var x when x == typeof(bool) => $"{typed}Boolean{call}",
                var x when x == typeof(DateTimeOffset) => $"{typed}DateTime{call}",
                var x when x == typeof(DateOnly) => $"{typed}Date{call}",
                var x when x == typeof(TimeOnly) => $"{typed}Time{call}",
                var x => throw new Exception("scalar? " + x),
            };
        }
        bool IsScalar(Type t) { var x = Core(t); return x == typeof(string) || x.IsPrimitive || x == typeof(decimal) || x == typeof(DateTimeOffset) || x == typeof(DateOnly) || x == typeof(TimeOnly); }

        string Neutral(Type t)
        {
            t = Core(t);
            if (t == typeof(string)) return "string.Empty";
            if (t.IsValueType) return "default";
            if (t.IsAbstract) return choiceNeutral.TryGetValue(t.Name, out var n) ? n : throw new Exception("neutral abstract " + t.Name);
            neutralNeeded.Add(t);
            return "Neutral." + t.Name;
        }

        string ParseComplex(Type t) => $"Parse{t.Name}()";

        foreach (var type in types)
        {
            var props = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
            var attrs = props.Where(p => p.GetCustomAttribute<CsdAttributeNameAttribute>() is not null).ToList();
            var text = props.SingleOrDefault(p => p.GetCustomAttribute<CsdTextContentAttribute>() is not null);
            var elems = props.Where(p => p.GetCustomAttributes<CsdElementNameAttribute>().Any() || p.GetCustomAttribute<CsdToleratedElementAttribute>() is not null).ToList();
            var extras = props.SingleOrDefault(p => p.Name == "ExtraAttributes");
            var local = props.SingleOrDefault(p => p.Name == "LocalElement");
            var known = attrs.Concat(elems).Append(text).Append(extras).Append(local).Where(p => p is not null).ToHashSet();
            foreach (var p in props.Where(p => !known.Contains(p))) throw new Exception($"Unmapped {type.Name}.{p.Name}");

            sb.AppendLine($"    /// <summary>Reads a <see cref=\"{type.Name}\"/>.</summary>");
            sb.AppendLine($"    internal {type.Name} Parse{type.Name}()");
            sb.AppendLine("    {");
            sb.AppendLine("        var r = _reader;");
            var init = new List<string>();

            // On the UTF-8 reader the attributes in no namespace and the children with one of the type's CSD names are
            // matched by their bytes.
            var plainAttrs = attrs.Where(p => p.GetCustomAttribute<CsdAttributeNameAttribute>()!.Namespace is null).ToList();
            var csdNames = new List<string>();
            foreach (var p in elems)
            {
                foreach (var m in p.GetCustomAttributes<CsdElementNameAttribute>())
                {
                    if (m.Namespace is null or "urn:ihe:iti:csd:2013" && !csdNames.Contains(m.Name)) csdNames.Add(m.Name);
                }

                if (p.GetCustomAttribute<CsdToleratedElementAttribute>() is { } t && !csdNames.Contains(t.Name)) csdNames.Add(t.Name);
            }

            if (plainAttrs.Count > 0 || csdNames.Count > 0)
            {
                sb.AppendLine("        var u8 = c.Utf8;");
            }

            // Attribute locals.
            foreach (var p in attrs)
            {
                var local0 = "a" + p.Name;
                sb.AppendLine($"        {Alias(Core(p.PropertyType))}? {local0} = null;");
            }
            if (extras is not null) sb.AppendLine("        var extraAttributes = default(ListBuilder<ExtraAttribute>);");
            if (attrs.Count > 0 || extras is not null)
            {
                // What is done for the attribute the reader is on, whatever reader it is.
                var body = new List<string>();
                body.Add("var name = r.LocalName;");
                // The namespace of the attribute is read once, not once per candidate name.
                if (attrs.Any(p => p.GetCustomAttribute<CsdAttributeNameAttribute>()!.Namespace is null))
                {
                    body.Add("var plain = c.IsPlainAttribute;");
                }

                var first = true;
                foreach (var p in attrs)
                {
                    var a = p.GetCustomAttribute<CsdAttributeNameAttribute>()!;
                    var nsCheck = a.Namespace is null ? "plain" : $"c.Is(r.NamespaceURI, {(a.Namespace == "http://www.w3.org/XML/1998/namespace" ? "CsdNames.XmlNamespace" : throw new Exception(a.Namespace))})";
                    var cond = $"{nsCheck} && c.Is(name, {N(a.Name)})";
                    if (aliases.TryGetValue(a.Name, out var alias))
                    {
                        cond = $"{nsCheck} && (c.Is(name, {N(a.Name)}) || c.IsAlias(name, {N(alias)}, {N(a.Name)}))";
                    }
                    body.Add($"{(first ? "if" : "else if")} ({cond})");
                    body.Add("{");
                    body.Add($"    a{p.Name} = {ParseScalar(p.PropertyType, attribute: true)};");
                    body.Add("}");
                    first = false;
                }
                body.Add(first ? "if (!c.IsNamespaceDeclaration)" : "else if (!c.IsNamespaceDeclaration)");
                body.Add("{");
                body.Add(extras is not null ? "    extraAttributes.Add(c.ExtraAttribute());" : "    c.UnknownAttribute();");
                body.Add("}");

                // The UTF-8 reader: the attributes in no namespace are matched by their bytes, without a name looked up;
                // any other attribute (an alias, a prefixed or an unknown one) goes through the same steps as above.
                if (plainAttrs.Count > 0)
                {
                    sb.AppendLine("        if (u8 is not null)");
                    sb.AppendLine("        {");
                    sb.AppendLine("            var count = u8.AttributeCount;");
                    sb.AppendLine("            for (var i = 0; i < count; i++)");
                    sb.AppendLine("            {");
                    sb.AppendLine("                var bytes = u8.AttributeNameBytes(i);");
                    LengthSwitch(
                        sb,
                        "                ",
                        plainAttrs.Select(p => (p.GetCustomAttribute<CsdAttributeNameAttribute>()!.Name, new[] { $"a{p.Name} = {ParseScalar(p.PropertyType, attribute: true, byIndex: true)};" })),
                        body.Prepend("u8.MoveToAttribute(i);").Append(string.Empty));
                    sb.AppendLine("            }");
                    sb.AppendLine();
                    sb.AppendLine("            if (count > 0)");
                    sb.AppendLine("            {");
                    sb.AppendLine("                u8.MoveToElement();");
                    sb.AppendLine("            }");
                    sb.AppendLine("        }");
                    sb.AppendLine("        else if (r.MoveToFirstAttribute())");
                }
                else
                {
                    sb.AppendLine("        if (r.MoveToFirstAttribute())");
                }
                sb.AppendLine("        {");
                sb.AppendLine("            do");
                sb.AppendLine("            {");
                foreach (var line in body) sb.AppendLine("                " + line);
                sb.AppendLine("            }");
                sb.AppendLine("            while (r.MoveToNextAttribute());");
                sb.AppendLine();
                sb.AppendLine("            r.MoveToElement();");
                sb.AppendLine("        }");
                sb.AppendLine();
            }
            if (attrs.Count == 0 && extras is null)
            {
                sb.AppendLine("        c.NoAttributesExpected();");
            }
            foreach (var p in attrs)
            {
                var a = p.GetCustomAttribute<CsdAttributeNameAttribute>()!;
                var required = IsRequired(p);
                var nullable = IsNullable(p);
                if (required)
                {
                    sb.AppendLine($"        if (a{p.Name} is null)");
                    sb.AppendLine("        {");
                    sb.AppendLine($"            c.MissingAttribute({N(a.Name)});");
                    sb.AppendLine("        }");
                    sb.AppendLine();
                    init.Add($"{p.Name} = a{p.Name} ?? {Neutral(p.PropertyType)},");
                }
                else if (nullable)
                {
                    init.Add($"{p.Name} = a{p.Name},");
                }
                else
                {
                    // Mandatory on the wire, defaulted by the model: keep the model default when absent.
                    sb.AppendLine($"        if (a{p.Name} is null)");
                    sb.AppendLine("        {");
                    sb.AppendLine($"            c.MissingAttribute({N(a.Name)});");
                    sb.AppendLine("        }");
                    sb.AppendLine();
                    init.Add(null!);
                }
            }
            if (extras is not null) init.Add("ExtraAttributes = extraAttributes.Build(),");

            if (text is not null)
            {
                if (elems.Count > 0) throw new Exception("text+elements " + type.Name);
                sb.AppendLine("        var text = c.ReadText();");
                init.Add(IsNullable(text) ? $"{text.Name} = text.Length == 0 ? null : text," : $"{text.Name} = text,");
            }
            else
            {
                // Element locals.
                foreach (var p in elems)
                {
                    if (IsList(p.PropertyType))
                    {
                        var item = p.PropertyType.GetGenericArguments()[0];
                        sb.AppendLine($"        var e{p.Name} = default(ListBuilder<{Alias(item)}>);");
                    }
                    else
                    {
                        var t = Core(p.PropertyType);
                        sb.AppendLine($"        {Alias(t)}{(t.IsValueType || true ? "?" : "")} e{p.Name} = null;");
                    }
                }
                if (local is not null) sb.AppendLine("        string? localElement = null;");
                sb.AppendLine("        var depth = r.Depth;");
                sb.AppendLine("        if (c.StartContent())");
                sb.AppendLine("        {");
                var byBytes = csdNames.Count > 0;
                if (byBytes)
                {
                    // On the UTF-8 reader, a child whose name is one of them is recorded under that name's constant, and
                    // nothing looks its name up; any other goes through c.Enter() as on any reader. A child matched by its
                    // bytes then goes straight to its branch (matched is the name's place in csdNames, plus one; inCsd
                    // stays false); any other (matched is 0) is looked up by its name and namespace, as on any reader.
                    sb.AppendLine("            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))");
                    sb.AppendLine("            {");
                    sb.AppendLine("                var matched = 0;");
                    sb.AppendLine("                if (u8 is not null)");
                    sb.AppendLine("                {");
                    sb.AppendLine("                    var bytes = u8.ElementNameBytes;");
                    sb.AppendLine("                    if (!c.InCsd)");
                    sb.AppendLine("                    {");
                    sb.AppendLine("                        c.Enter();");
                    sb.AppendLine("                    }");
                    sb.AppendLine("                    else");
                    sb.AppendLine("                    {");
                    LengthSwitch(
                        sb,
                        "                        ",
                        csdNames.Select((n, i) => (n, new[] { $"c.Enter({N(n)});", $"matched = {i + 1};" })),
                        ["c.Enter();"]);
                    sb.AppendLine("                    }");
                    sb.AppendLine("                }");
                    sb.AppendLine();
                    sb.AppendLine("                string name = string.Empty;");
                    sb.AppendLine("                var inCsd = false;");
                    sb.AppendLine("                if (matched == 0)");
                    sb.AppendLine("                {");
                    sb.AppendLine("                    name = r.LocalName;");
                    sb.AppendLine("                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);");
                    sb.AppendLine("                }");
                    sb.AppendLine();
                }
                else
                {
                    sb.AppendLine("            while (c.NextChild(depth))");
                    sb.AppendLine("            {");
                    sb.AppendLine("                var name = r.LocalName;");
                    sb.AppendLine("                var inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);");
                }
                // The branches: their condition on any reader, their place (an element matched by its bytes has its
                // name's place in csdNames, plus one; the others follow) and their body.
                var branches = new List<(string Cond, int Place, string Body)>();
                var nextPlace = csdNames.Count + 1;
                foreach (var p in elems)
                {
                    var markers = p.GetCustomAttributes<CsdElementNameAttribute>().ToList();
                    var tolerated = p.GetCustomAttribute<CsdToleratedElementAttribute>();
                    var list = IsList(p.PropertyType);
                    var valueType = list ? p.PropertyType.GetGenericArguments()[0] : Core(p.PropertyType);
                    var entries = new List<(string name, string? ns, Type parseType, string? itemName, bool tolerated)>();
                    foreach (var m in markers) entries.Add((m.Name, m.Namespace, m.ChoiceType ?? valueType, m.ItemName, false));
                    if (tolerated is not null) entries.Add((tolerated.Name, null, valueType, null, true));
                    foreach (var (name, ns, parseType, itemName, isTolerated) in entries)
                    {
                        string nsExpr = ns switch
                        {
                            null => "CsdNames.CsdNamespace",
                            "urn:ihe:iti:csd:2013" => "CsdNames.CsdNamespace",
                            "urn:asip:ror:2015" => "CsdNames.RorNamespace",
                            "http://www.w3.org/2002/xforms" => "CsdNames.XFormsNamespace",
                            "http://www.w3.org/2001/XMLSchema" => "CsdNames.XmlSchemaNamespace",
                            _ => throw new Exception(ns),
                        };
                        var foreign = ns is "http://www.w3.org/2002/xforms" or "http://www.w3.org/2001/XMLSchema";
                        var nsCond = nsExpr == "CsdNames.CsdNamespace" ? "inCsd" : $"c.Is(r.NamespaceURI, {nsExpr})";
                        var cond = $"{nsCond} && c.Is(name, {N(name)})";
                        if (aliases.TryGetValue(name, out var alias))
                            cond = $"{nsCond} && (c.Is(name, {N(name)}) || c.IsAlias(name, {N(alias)}, {N(name)}))";
                        var csdPlace = nsExpr == "CsdNames.CsdNamespace" ? csdNames.IndexOf(name) : -1;
                        var branchPlace = csdPlace >= 0 ? csdPlace + 1 : nextPlace++;
                        var body = new StringBuilder();
                        if (isTolerated) body.AppendLine($"                    c.Tolerated({N(name)});");
                        string ParseValue(Type t)
                        {
                            if (foreign) return "c.ReadOuterXml()";
                            if (type.Name == "CareServicesFunctionDefinition" && p.Name == "Description") return "c.ReadInnerXml()";
                            return IsScalar(t) ? ParseScalar(t, attribute: false) : ParseComplex(t);
                        }
                        if (itemName is not null)
                        {
                            body.AppendLine("                    var wrapperDepth = r.Depth;");
                            body.AppendLine("                    if (c.StartContent())");
                            body.AppendLine("                    {");
                            body.AppendLine("                        while (c.NextChild(wrapperDepth))");
                            body.AppendLine("                        {");
                            body.AppendLine($"                            if (c.InCsd && c.Is(r.LocalName, {N(itemName)}))");
                            body.AppendLine("                            {");
                            body.AppendLine($"                                e{p.Name}.Add({ParseValue(parseType)});");
                            body.AppendLine("                            }");
                            body.AppendLine("                            else");
                            body.AppendLine("                            {");
                            body.AppendLine("                                c.SkipUnknown();");
                            body.AppendLine("                            }");
                            body.AppendLine("                        }");
                            body.AppendLine("                    }");
                        }
                        else if (list)
                        {
                            if (parseType.Name == "NativeContact")
                            {
                                body.AppendLine($"                    if (ParseNativeContact() is {{ }} item)");
                                body.AppendLine("                    {");
                                body.AppendLine($"                        e{p.Name}.Add(item);");
                                body.AppendLine("                    }");
                            }
                            else
                            {
                                body.AppendLine($"                    e{p.Name}.Add({ParseValue(parseType)});");
                            }
                        }
                        else
                        {
                            body.AppendLine($"                    if (e{p.Name} is not null)");
                            body.AppendLine("                    {");
                            body.AppendLine("                        c.Duplicate();");
                            body.AppendLine("                    }");
                            body.AppendLine();
                            body.AppendLine($"                    e{p.Name} = {ParseValue(parseType)};");
                        }
                        branches.Add((cond, branchPlace, body.ToString()));
                    }
                }
                if (local is not null)
                {
                    branches.Add(("r.NamespaceURI.Length == 0", nextPlace++, "                    localElement = c.ReadOuterXml();\n"));
                }

                if (byBytes)
                {
                    // A child matched by its bytes has its place already; any other is given the place of the first branch
                    // whose condition it meets (0: none), then a jump table goes to the branch.
                    sb.AppendLine("                if (matched == 0)");
                    sb.AppendLine("                {");
                    // A place met twice (the same name in two properties) is the first one's: the later one is unreachable.
                    var reachable = branches.DistinctBy(b => b.Place).ToList();
                    var firstCond = true;
                    foreach (var (cond, place, _) in reachable)
                    {
                        sb.AppendLine($"                    {(firstCond ? "if" : "else if")} ({cond})");
                        sb.AppendLine("                    {");
                        sb.AppendLine($"                        matched = {place};");
                        sb.AppendLine("                    }");
                        firstCond = false;
                    }
                    sb.AppendLine("                }");
                    sb.AppendLine();
                    sb.AppendLine("                switch (matched)");
                    sb.AppendLine("                {");
                    foreach (var (_, place, body) in reachable)
                    {
                        sb.AppendLine($"                    case {place}:");
                        sb.AppendLine("                    {");
                        foreach (var line in body.TrimEnd('\n').Split('\n')) sb.AppendLine(line.Length == 0 ? string.Empty : "    " + line);
                        sb.AppendLine("                        break;");
                        sb.AppendLine("                    }");
                        sb.AppendLine();
                    }
                    sb.AppendLine("                    default:");
                    sb.AppendLine("                        c.SkipUnknown();");
                    sb.AppendLine("                        break;");
                    sb.AppendLine("                }");
                }
                else
                {
                    var first = true;
                    foreach (var (cond, _, body) in branches)
                    {
                        sb.AppendLine($"                {(first ? "if" : "else if")} ({cond})");
                        sb.AppendLine("                {");
                        sb.Append(body);
                        sb.AppendLine("                }");
                        first = false;
                    }

                    sb.AppendLine(first ? "                c.SkipUnknown();" : "                else\n                {\n                    c.SkipUnknown();\n                }");
                }

                sb.AppendLine("            }");
                sb.AppendLine("        }");
                sb.AppendLine();
                foreach (var p in elems)
                {
                    var markers = p.GetCustomAttributes<CsdElementNameAttribute>().ToList();
                    if (IsList(p.PropertyType))
                    {
                        init.Add($"{p.Name} = e{p.Name}.Build(),");
                    }
                    else if (IsRequired(p))
                    {
                        var wire = markers.Count == 1 ? N(markers[0].Name) : "\"" + string.Join(" | ", markers.Select(m => m.Name)) + "\"";
                        sb.AppendLine($"        if (e{p.Name} is null)");
                        sb.AppendLine("        {");
                        sb.AppendLine($"            c.Missing({wire}, depth);");
                        sb.AppendLine("        }");
                        sb.AppendLine();
                        init.Add($"{p.Name} = e{p.Name}{(Core(p.PropertyType).IsValueType ? $" ?? {Neutral(p.PropertyType)}" : $" ?? {Neutral(p.PropertyType)}")},");
                    }
                    else
                    {
                        init.Add($"{p.Name} = e{p.Name},");
                    }
                }
                if (local is not null) init.Add("LocalElement = localElement,");
            }
            // Construct in one allocation: properties with model defaults (not required, not nullable attributes) take
            // the value read, else the model's default, as found on the neutral instance (no copy through 'with').
            var optionalDefaults = attrs.Where(p => !IsRequired(p) && !IsNullable(p)).ToList();
            foreach (var p in optionalDefaults) init.Add($"{p.Name} = a{p.Name} ?? {Neutral(type)}.{p.Name},");
            sb.AppendLine($"        var result = new {type.Name}");
            sb.AppendLine("        {");
            foreach (var line in init.Where(l => l is not null)) sb.AppendLine("            " + line);
            sb.AppendLine("        };");
            sb.AppendLine("        return result;");
            sb.AppendLine("    }");
            sb.AppendLine();
        }

        // Neutral values.
        sb.AppendLine("    /// <summary>Documented neutral values of mandatory elements that are missing (always reported as <see cref=\"CsdDeviationKind.MissingElement\"/>): empty strings, zero, false, default dates, and records whose mandatory members are neutral in turn.</summary>");
        sb.AppendLine("    internal static class Neutral");
        sb.AppendLine("    {");
        var done = new HashSet<Type>();
        var pending = new Queue<Type>(neutralNeeded);
        var neutralLines = new List<string>();
        while (pending.Count > 0)
        {
            var t = pending.Dequeue();
            if (!done.Add(t)) continue;
            var props = t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && IsRequired(p)).ToList();
            var parts = new List<string>();
            foreach (var p in props)
            {
                var before = neutralNeeded.Count;
                parts.Add($"{p.Name} = {Neutral(p.PropertyType)}");
                var c = Core(p.PropertyType);
                if (!c.IsValueType && c != typeof(string) && !c.IsAbstract) pending.Enqueue(c);
            }
            neutralLines.Add(parts.Count == 0 ? $"        public static readonly {t.Name} {t.Name} = new();" : $"        public static readonly {t.Name} {t.Name} = new() {{ {string.Join(", ", parts)} }};");
        }
        // Order so that dependencies come first (static readonly initialisation order).
        var ordered = new List<string>();
        var byName = neutralLines.ToDictionary(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3]);
        void Visit(string n, HashSet<string> seen) { if (!seen.Add(n)) return; foreach (Match m in Regex.Matches(byName[n].Substring(byName[n].IndexOf("new()")), @"Neutral\.(\w+)")) if (byName.ContainsKey(m.Groups[1].Value)) Visit(m.Groups[1].Value, seen); ordered.Add(byName[n]); }
        var seenSet = new HashSet<string>();
        foreach (var n in byName.Keys.OrderBy(k => k)) Visit(n, seenSet);
        foreach (var l in ordered.Distinct()) sb.AppendLine(l);
        sb.AppendLine("    }");
        sb.AppendLine("}");

        var text2 = sb.ToString().Replace("\r\n", "\n");
        // Collapse double blank lines.
        while (text2.Contains("\n\n\n")) text2 = text2.Replace("\n\n\n", "\n\n");
        text2 = text2.Replace("{\n\n", "{\n").Replace("\n\n    }\n", "\n    }\n").Replace("        }\n        var result", "        }\n\n        var result").Replace("        }\n        if (a", "        }\n\n        if (a");
        return text2;
    }

    private static string Alias(Type t) => t == typeof(string) ? "string" : t == typeof(int) ? "int" : t == typeof(long) ? "long" : t == typeof(decimal) ? "decimal" : t == typeof(double) ? "double" : t == typeof(bool) ? "bool" : t.Name;
}
