using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace Ror.Client.Tests.Infrastructure;

/// <summary>Serves a file as the extraction endpoint would, with byte ranges, and can break the first transfer half way.</summary>
public sealed class TestExtractionFile(byte[] content, bool acceptRanges = true, string contentType = "application/xml")
{
    private int _breaksLeft;

    public byte[] Content => content;

    /// <summary>The next <paramref name="count"/> transfers stop half way (connection aborted).</summary>
    public TestExtractionFile BreakNextTransfers(int count)
    {
        _breaksLeft = count;
        return this;
    }

    public async Task Serve(HttpContext context)
    {
        var start = 0L;
        if (acceptRanges)
        {
            context.Response.Headers.AcceptRanges = "bytes";
            if (RangeHeaderValue.TryParse(context.Request.Headers.Range.ToString(), out var range) && range.Ranges.First().From is { } from)
            {
                start = from;
                context.Response.StatusCode = StatusCodes.Status206PartialContent;
                context.Response.Headers.ContentRange = new ContentRangeHeaderValue(from, content.Length - 1, content.Length).ToString();
            }
        }

        context.Response.ContentType = contentType;
        context.Response.ContentLength = content.Length - start;
        var toSend = content.AsMemory((int)start);
        if (Interlocked.Decrement(ref _breaksLeft) >= 0)
        {
            await context.Response.Body.WriteAsync(toSend[..(toSend.Length / 2)]);
            await context.Response.Body.FlushAsync();
            context.Abort();
            return;
        }

        await context.Response.Body.WriteAsync(toSend);
    }
}
