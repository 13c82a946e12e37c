using System.Globalization;
using UniPass.Gateway.Routing.Diagnostics;

namespace UniPass.Gateway.Routing.Tests.Diagnostics;

public sealed class RedactedExceptionTests
{
    [Test]
    public void Of_parserException_keepsTypesAndStackTracesButNoMessage()
    {
        var original = Capture(() =>
        {
            try
            {
                _ = DateOnly.ParseExact("ZYSKOWSKA", "yyMMdd", CultureInfo.InvariantCulture);
            }
            catch (FormatException e)
            {
                throw new InvalidOperationException("mapping 'MARIANNA' failed", e);
            }
        });
        Assert.That(original.ToString(), Does.Contain("ZYSKOWSKA").And.Contain("MARIANNA"), "the originals quote the content");

        var redacted = RedactedException.Of(original);
        var text = redacted.ToString();

        Assert.That(text, Does.Not.Contain("ZYSKOWSKA").And.Not.Contain("MARIANNA"));
        Assert.That(text, Does.Contain(typeof(InvalidOperationException).FullName).And.Contain(typeof(FormatException).FullName));
        Assert.That(redacted.StackTrace, Is.Not.Null.And.EqualTo(original.StackTrace));
        Assert.That(text, Does.Contain(original.StackTrace));
        Assert.That(redacted.InnerException?.StackTrace, Is.Not.Null.And.EqualTo(original.InnerException!.StackTrace));
        Assert.That(redacted.HResult, Is.EqualTo(original.HResult));
        Assert.That(RedactedException.Of(redacted), Is.SameAs(redacted));
    }

    private static Exception Capture(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            return e;
        }

        throw new AssertionException("nothing was thrown");
    }
}
