using System.Globalization;
using System.Text.Json.Nodes;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Offer;

namespace Ror.Cli.Infrastructure;

/// <summary>Prints an offer as a short tree (EJ → EG → pôle / service / UF / UE) or as JSON.</summary>
internal static class OfferPrinter
{
    public static void Print(CliConsole console, CsdDocument document, int maxDepthLines = 40)
    {
        var offer = new RorOffer(document);
        var lines = 0;
        foreach (var legalEntity in offer.LegalEntities)
        {
            console.Line($"EJ {legalEntity.StructureIdentifier ?? legalEntity.EntityId}  {legalEntity.Organization.PrimaryName}");
            foreach (var establishment in legalEntity.Establishments)
            {
                PrintEstablishment(console, establishment, "  ", ref lines, maxDepthLines);
            }
        }

        foreach (var establishment in offer.Establishments.Where(static e => e.LegalEntity is null))
        {
            PrintEstablishment(console, establishment, string.Empty, ref lines, maxDepthLines);
        }

        foreach (var orphan in offer.UnattachedInternalOrganizations)
        {
            PrintNode(console, orphan, "  ", ref lines, maxDepthLines);
        }
    }

    private static void PrintEstablishment(CliConsole console, EstablishmentNode establishment, string indent, ref int lines, int maxLines)
    {
        var all = establishment.AllInternalOrganizations.ToList();
        console.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"{indent}└─ EG {establishment.StructureIdentifier ?? establishment.EntityId}  {establishment.Organization.PrimaryName}  ({Count(all, InternalOrganizationLevel.Pole)} pôle(s), {Count(all, InternalOrganizationLevel.Service)} service(s), {Count(all, InternalOrganizationLevel.FunctionalUnit)} UF, {Count(all, InternalOrganizationLevel.ElementaryUnit)} UE)"));
        foreach (var node in establishment.InternalOrganizations)
        {
            PrintNode(console, node, indent + "     ", ref lines, maxLines);
        }
    }

    private static void PrintNode(CliConsole console, InternalOrganizationNode node, string indent, ref int lines, int maxLines)
    {
        if (lines == maxLines)
        {
            console.Line($"{indent}…");
            lines++;
            return;
        }

        if (lines > maxLines)
        {
            return;
        }

        lines++;
        console.Line($"{indent}└─ {LevelName(node.Level)} {node.Identifier ?? node.EntityId}  {node.Facility.PrimaryName}  [champ {string.Join(",", node.ActivityFields)}]{(node.Facility.IsSensitiveUnit() ? " (sensitive)" : string.Empty)}");
        foreach (var child in node.Children)
        {
            PrintNode(console, child, indent + "   ", ref lines, maxLines);
        }
    }

    private static int Count(List<InternalOrganizationNode> nodes, InternalOrganizationLevel level) => nodes.Count(node => node.Level == level);

    public static string LevelName(InternalOrganizationLevel level) => level switch
    {
        InternalOrganizationLevel.Pole => "pôle",
        InternalOrganizationLevel.Service => "service",
        InternalOrganizationLevel.FunctionalUnit => "UF",
        InternalOrganizationLevel.ElementaryUnit => "UE",
        _ => "OI",
    };

    public static JsonObject ToJson(CsdDocument document)
    {
        var offer = new RorOffer(document);
        var legalEntities = new JsonArray();
        foreach (var legalEntity in offer.LegalEntities)
        {
            var establishments = new JsonArray();
            foreach (var establishment in legalEntity.Establishments)
            {
                establishments.Add(EstablishmentJson(establishment));
            }

            legalEntities.Add(new JsonObject
            {
                ["entityId"] = legalEntity.EntityId,
                ["structureId"] = legalEntity.StructureIdentifier,
                ["name"] = legalEntity.Organization.PrimaryName,
                ["establishments"] = establishments,
            });
        }

        return new JsonObject
        {
            ["legalEntities"] = legalEntities,
            ["internalOrganizations"] = document.Facilities.Count,
            ["elementaryUnits"] = RorOfferClassification.CountElementaryUnits(document),
            ["providers"] = document.Providers.Count,
            ["services"] = document.Services.Count,
            ["devices"] = document.Devices.Count,
        };
    }

    private static JsonObject EstablishmentJson(EstablishmentNode establishment)
    {
        var nodes = new JsonArray();
        foreach (var node in establishment.InternalOrganizations)
        {
            nodes.Add(NodeJson(node));
        }

        var all = establishment.AllInternalOrganizations.ToList();
        return new JsonObject
        {
            ["entityId"] = establishment.EntityId,
            ["structureId"] = establishment.StructureIdentifier,
            ["name"] = establishment.Organization.PrimaryName,
            ["poles"] = Count(all, InternalOrganizationLevel.Pole),
            ["services"] = Count(all, InternalOrganizationLevel.Service),
            ["functionalUnits"] = Count(all, InternalOrganizationLevel.FunctionalUnit),
            ["elementaryUnits"] = Count(all, InternalOrganizationLevel.ElementaryUnit),
            ["internalOrganizations"] = nodes,
        };
    }

    private static JsonObject NodeJson(InternalOrganizationNode node)
    {
        var children = new JsonArray();
        foreach (var child in node.Children)
        {
            children.Add(NodeJson(child));
        }

        var fields = new JsonArray();
        foreach (var field in node.ActivityFields)
        {
            fields.Add(field);
        }

        return new JsonObject
        {
            ["entityId"] = node.EntityId,
            ["identifier"] = node.Identifier,
            ["level"] = LevelName(node.Level),
            ["name"] = node.Facility.PrimaryName,
            ["activityFields"] = fields,
            ["sensitive"] = node.Facility.IsSensitiveUnit(),
            ["children"] = children,
        };
    }
}
