using System.Text;
using Microsoft.AspNetCore.Http;

namespace Ror.Client.Tests.Infrastructure;

/// <summary>Canned answers of the test server.</summary>
public static class TestResponses
{
    public const string SoapContentType = "application/soap+xml; charset=utf-8";

    public static string Envelope(string bodyContent) =>
        "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>" + bodyContent + "</env:Body></env:Envelope>";

    public static string Fault(string code = "env:Receiver", string reason = "Non prévu sur la plateforme", string? detail = "<ror:erreur xmlns:ror=\"urn:asip:ror:2015\" code=\"444\" message=\"Non prévu sur la plateforme\"/>") =>
        "<env:Fault><env:Code><env:Value>" + code + "</env:Value></env:Code><env:Reason><env:Text xml:lang=\"fr\">" + reason + "</env:Text></env:Reason>"
        + (detail is null ? string.Empty : "<env:Detail>" + detail + "</env:Detail>") + "</env:Fault>";

    public static Task Soap(HttpContext context, string bodyContent, int status = 200) =>
        Write(context, status, SoapContentType, Envelope(bodyContent));

    public static Func<HttpContext, Task> SoapAnswer(string bodyContent, int status = 200) => context => Soap(context, bodyContent, status);

    public static Func<HttpContext, Task> SoapFault(int status = 500, string? fault = null) => context => Soap(context, fault ?? Fault(), status);

    public static Func<HttpContext, Task> Status(int status, string? retryAfter = null, string contentType = "text/html", string body = "<html>unavailable</html>") => context =>
    {
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        return Write(context, status, contentType, body);
    };

    public static Func<HttpContext, Task> Delay(TimeSpan delay, Func<HttpContext, Task> then) => async context =>
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await then(context);
    };

    public static async Task Write(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
