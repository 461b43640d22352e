using Ror.Client.Csd;

namespace Ror.Client.Transactions;

/// <summary>How the client writes its requests and reads the answers.</summary>
internal static class CsdMessageSettings
{
    /// <summary>The writer settings of requests: <c>restrictedOrganisation</c> as <c>0</c>/<c>1</c>, dates as configured.</summary>
    public static CsdWriterOptions Writer(RorClientOptions options) => new()
    {
        RestrictedOrganizationAsDigit = true,
        OmitOffsetInRequestDates = !options.SendRequestDatesWithOffset,
    };

    /// <summary>The reader settings of SOAP answers.</summary>
    public static CsdReaderOptions Reader(RorClientOptions options) =>
        CsdReaderOptions.ForMessages with { MaxDocumentBytes = Math.Max(options.MaxReceivedMessageSize, 1) };

    /// <summary>A request date: Europe/Paris local time (written without offset), unless dates are sent with their offset.</summary>
    public static DateTimeOffset RequestDate(DateTimeOffset value, RorClientOptions options) =>
        options.SendRequestDatesWithOffset ? value : TimeZoneInfo.ConvertTime(value, CsdReaderOptions.Default.LocalTimeZone);
}
