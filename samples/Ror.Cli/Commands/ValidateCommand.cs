using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml;
using Ror.Cli.Infrastructure;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Validation;

namespace Ror.Cli.Commands;

/// <summary><c>ror validate &lt;file&gt;</c>: the official XSD, then the ROR business rules.</summary>
internal static class ValidateCommand
{
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A CSD document or ROR answer (XML, or gzip for the rules)." };
        var noSchema = new Option<bool>("--no-schema") { Description = "Skip the XSD validation." };
        var noRules = new Option<bool>("--no-rules") { Description = "Skip the ROR business rules." };
        var maxFindings = new Option<int>("--max-findings") { Description = "Stop listing after this many findings per step.", DefaultValueFactory = _ => 200 };
        var command = new Command("validate", "Validate a CSD file: the official ROR CSD 2.4 schema, then the ROR rules (RG_ALIM_019, RG_EXP_010/011, RG_EXP_001, RG_ALIM_006, RG_EXP_034, RG_EXP_039, RG_EXP_040/041, identifiantOI, record dates).")
        {
            file, noSchema, noRules, maxFindings,
        };
        CommandActions.Set(command, globals, output, error, (context, cancellationToken) => RunAsync(
            context,
            context.Get(file)!,
            !context.Get(noSchema),
            !context.Get(noRules),
            Math.Max(1, context.Get(maxFindings)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string file, bool schema, bool rules, int maxFindings, CancellationToken cancellationToken)
    {
        var console = context.Console;
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw CliException.Usage($"File not found: {path}");
        }

        var result = new JsonObject { ["file"] = path };
        var failed = false;
        var kind = await SniffAsync(path, cancellationToken);

        if (schema)
        {
            if (kind == FileKind.Zip)
            {
                console.Progress("Schema: skipped for a zip archive (extract the XML to validate it against the XSD).");
                result["schema"] = new JsonObject { ["skipped"] = true };
            }
            else
            {
                console.Progress("Checking the official ROR CSD 2.4 schema...");
                await using var stream = OpenXml(path, kind);
                var validation = await CsdSchemaValidator.ValidateAsync(stream, new CsdValidationOptions { MaxIssues = maxFindings }, cancellationToken);
                failed |= !validation.IsValid;
                var issues = new JsonArray();
                foreach (var issue in validation.Issues)
                {
                    issues.Add(new JsonObject
                    {
                        ["severity"] = issue.Severity.ToString(),
                        ["line"] = issue.LineNumber,
                        ["position"] = issue.LinePosition,
                        ["path"] = issue.ElementPath,
                        ["message"] = issue.Message,
                    });
                }

                result["schema"] = new JsonObject { ["valid"] = validation.IsValid, ["truncated"] = validation.IsTruncated, ["issues"] = issues };
                console.Line(validation.IsValid
                    ? $"✓ Schema: valid ({validation.Warnings.Count()} warning(s))"
                    : $"✗ Schema: {validation.Errors.Count()} error(s){(validation.IsTruncated ? " (list truncated)" : string.Empty)}");
                foreach (var issue in validation.Issues)
                {
                    console.Line($"    {issue}");
                }
            }
        }

        if (rules)
        {
            console.Progress("Checking the ROR rules...");
            var facilityNumber = kind == FileKind.Xml ? await ReadFacilityNumberAsync(path, cancellationToken) : null;
            var progress = new ProgressCounter(console, "entities checked");
            var findings = new JsonArray();
            int errors = 0, warnings = 0, listed = 0;
            var entities = CountAsync(CsdReader.ReadEntitiesFromFileAsync(path, cancellationToken: cancellationToken), progress);
            var lines = new List<string>();
            await foreach (var finding in RorRuleChecker.CheckAsync(entities, facilityNumber, cancellationToken))
            {
                if (finding.Severity == CsdValidationSeverity.Error)
                {
                    errors++;
                }
                else
                {
                    warnings++;
                }

                if (listed++ < maxFindings)
                {
                    lines.Add($"    {finding.Severity} {finding.RuleId} [{finding.EntityId}] {finding.Path}: {finding.Message}");
                    findings.Add(new JsonObject
                    {
                        ["ruleId"] = finding.RuleId,
                        ["severity"] = finding.Severity.ToString(),
                        ["entityId"] = finding.EntityId,
                        ["path"] = finding.Path,
                        ["message"] = finding.Message,
                    });
                }
            }

            progress.Done();
            failed |= errors > 0;
            result["rules"] = new JsonObject
            {
                ["entities"] = progress.Count,
                ["facilityNumber"] = facilityNumber,
                ["errors"] = errors,
                ["warnings"] = warnings,
                ["findings"] = findings,
            };
            console.Line(string.Create(
                CultureInfo.InvariantCulture,
                $"{(errors == 0 ? "✓" : "✗")} ROR rules: {progress.Count} entities, {errors} error(s), {warnings} warning(s){(listed > maxFindings ? $" (first {maxFindings} listed)" : string.Empty)}"));
            foreach (var line in lines)
            {
                console.Line(line);
            }
        }

        result["valid"] = !failed;
        if (console.Json)
        {
            console.WriteJson(result);
        }

        return failed ? CliExitCodes.Findings : CliExitCodes.Ok;
    }

    private static async IAsyncEnumerable<CsdEntity> CountAsync(IAsyncEnumerable<CsdEntity> entities, ProgressCounter progress)
    {
        await foreach (var entity in entities)
        {
            progress.Increment();
            yield return entity;
        }
    }

    private enum FileKind
    {
        Xml,
        Gzip,
        Zip,
    }

    private static async Task<FileKind> SniffAsync(string path, CancellationToken cancellationToken)
    {
        var head = new byte[4];
        await using var stream = File.OpenRead(path);
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return read >= 2 && head[0] == 0x1F && head[1] == 0x8B ? FileKind.Gzip
            : read >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04 ? FileKind.Zip
            : FileKind.Xml;
    }

    private static Stream OpenXml(string path, FileKind kind)
    {
        var file = File.OpenRead(path);
        return kind == FileKind.Gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>The <c>facilityNumber</c> of a <c>careServicesResponse/result</c>, read from the start of the file only.</summary>
    private static async Task<int?> ReadFacilityNumberAsync(string path, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { Async = true, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        await using var stream = File.OpenRead(path);
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            while (await reader.ReadAsync())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "result")
                {
                    var value = reader.GetAttribute("facilityNumber");
                    return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
                }

                if (reader.LocalName is "CSD" or "organizationDirectory" or "facilityDirectory" or "error")
                {
                    return null;
                }
            }
        }
        catch (XmlException)
        {
            // Not well-formed: the schema step and the reader report it.
        }

        return null;
    }
}
