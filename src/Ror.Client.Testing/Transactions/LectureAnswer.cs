using Ror.Client.Csd;
using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Soap;

namespace Ror.Client.Testing.Transactions;

/// <summary>
/// Writes a Lecture answer: the data held at profile 1 filtered for the caller's access profile with
/// <see cref="RorAccessPolicy"/> (RG_ALIM_050–053), then <c>facilityNumber</c> = number of UE returned (plus
/// <see cref="RorTransactionOptions.FacilityNumberOffset"/>) when the transaction carries it.
/// </summary>
internal static class LectureAnswer
{
    public static CareServicesResponse Build(CsdDocument fullProfileData, RorAccessProfile profile, bool withFacilityNumber, RorTransactionOptions options)
    {
        var document = RorAccessPolicy.Apply(fullProfileData, RorAccessProfile.UnscheduledCareRegulation, profile);
        int? count = withFacilityNumber ? document.Facilities.Count(EstablishmentBundle.IsElementaryUnit) + options.FacilityNumberOffset : null;
        return new CareServicesResponse { Outcome = new CareServicesResult { FacilityNumber = count, QueryResult = document } };
    }

    public static Task WriteAsync(SoapRequestContext context, CsdDocument fullProfileData, bool withFacilityNumber, RorTransactionOptions options, CancellationToken cancellationToken)
    {
        var response = Build(fullProfileData, context.AccessProfile, withFacilityNumber, options);
        return context.WriteResponseAsync(
            (writer, _) =>
            {
                CsdWriter.WriteMessage(writer, response);
                return Task.CompletedTask;
            },
            cancellationToken);
    }
}
