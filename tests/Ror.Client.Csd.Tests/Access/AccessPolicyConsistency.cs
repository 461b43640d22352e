using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Tests.Access;

/// <summary>Checks that <see cref="RorAccessPolicy.Explain"/> and <see cref="RorAccessPolicy.Apply(CsdDocument, RorAccessProfile, RorAccessProfile)"/> agree.</summary>
internal static class AccessPolicyConsistency
{
    /// <summary>
    /// Every decision names an element absent from the output whose container is still there, no two
    /// decisions name the same element, and every such element has a decision.
    /// </summary>
    public static void AssertConsistent(CsdDocument data, RorAccessProfile obtainedUnder, RorAccessProfile target)
    {
        var decisions = RorAccessPolicy.Explain(data, obtainedUnder, target);
        var output = RorAccessPolicy.Apply(data, obtainedUnder, target);
        var removed = DocumentInventory.OuterRemovals(new DocumentInventory(data), new DocumentInventory(output));
        var reported = decisions.Select(DocumentInventory.TokenOf).ToList();

        Assert.True(reported.Count == reported.Distinct(StringComparer.Ordinal).Count(), $"Some element is reported twice: {string.Join(", ", reported.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key))}");
        var notRemoved = reported.Except(removed).ToList();
        Assert.True(notRemoved.Count == 0, $"Reported but still present or not removed at this level: {string.Join(", ", notRemoved)}");
        var unexplained = removed.Except(reported).ToList();
        Assert.True(unexplained.Count == 0, $"Removed without explanation: {string.Join(", ", unexplained)}");
        Assert.Equal(removed.Count, decisions.Count);
    }
}
