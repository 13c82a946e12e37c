using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Cli;
using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Host.Tests.Cli;

/// <summary><c>hash-key</c>: the digest it prints is what the partner registry takes and the gateway authenticates.</summary>
public sealed class HashKeyCommandTests
{
    private const string Key = "upk_hash-key-test-3c9f1a7e52b04d6e8a1f";

    /// <summary>Runs <c>hash-key</c> with <paramref name="stdin"/> as its standard input.</summary>
    private static async Task<CliRun> RunAsync(string? stdin, params string[] args)
    {
        var root = new RootCommand { HashKeyCommand.Create(() => stdin is null ? throw new AssertionException("standard input must not be read") : new StringReader(stdin)) };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse(["hash-key", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    [Test]
    public async Task HashKey_keyOnStdin_printsDigestTheRegistryParsesAndThatMatchesTheKeyOnly()
    {
        var run = await RunAsync(Key + "\n");

        Assert.That(run.Exit, Is.Zero, run.ToString());
        Assert.That(run.OutputLines, Has.Length.EqualTo(1), run.ToString());
        Assert.That(run.OutputLines[0], Does.Match("^sha256:[0-9a-f]{64}$"));
        Assert.That(ApiKeyHash.TryParse(run.OutputLines[0], out var hash), Is.True);
        Assert.That(hash!.Matches(Key), Is.True);
        Assert.That(hash.Matches(Key + "x"), Is.False);
        Assert.That(hash.Matches(Key.AsSpan(0, Key.Length - 1)), Is.False);
        Assert.That(run.Error, Is.Empty);
    }

    [Test]
    public async Task HashKey_abc_isTheSha256TestVectorOfFips180()
    {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        var run = await RunAsync("abc");

        Assert.That(run.OutputLines, Is.EqualTo(new[] { "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" }), run.ToString());
        Assert.That(run.Error, Does.Contain("warning: the key has 3 characters"));
    }

    [TestCase(Key)]
    [TestCase(Key + "\r\n")]
    [TestCase("\n  " + Key + " \t\n\n")]
    public async Task HashKey_surroundingWhiteSpaceAndLineEnds_sameDigestAsTheBareKey(string stdin)
    {
        var run = await RunAsync(stdin);

        Assert.That(run.Exit, Is.Zero, run.ToString());
        Assert.That(run.OutputLines, Is.EqualTo(new[] { ApiKeyHash.Of(Key).ToString() }));
    }

    [TestCase("", "standard input holds no API key")]
    [TestCase(" \n\r\n", "standard input holds no API key")]
    [TestCase(Key + "\n" + Key + "2\n", "more than one line (lines 1 and 2)")]
    [TestCase("upk_caf\u00e9-key-with-an-accent-0123456789", "character 8 of the key on line 1 is U+00E9")]
    [TestCase("upk_two words-in-one-line-0123456789abc", "character 8 of the key on line 1 is U+0020")]
    public async Task HashKey_notOneUsableKey_exit1WithWhyAndNoDigest(string stdin, string why)
    {
        var run = await RunAsync(stdin);

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error, Does.StartWith("error: ").And.Contain(why));
    }

    [Test]
    public async Task HashKey_longerThanTheGatewayHashes_exit1()
    {
        var run = await RunAsync(new string('k', ApiKeyHash.MaxKeyLength + 1));

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.Error, Does.Contain($"has {ApiKeyHash.MaxKeyLength + 1} characters; an API key has at most {ApiKeyHash.MaxKeyLength}"));
    }

    [Test]
    public async Task HashKey_endlessInput_readsABoundedAmountAndRefuses()
    {
        var run = await RunAsync(new string('k', 1_000_000));

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.Error, Does.Contain("more than 8192 characters"));
    }

    [Test]
    public async Task HashKey_generate_printsANewRandomKeyAndItsDigestWithoutReadingStdin()
    {
        var first = await RunAsync(null, "--generate");
        var second = await RunAsync(null, "--generate");

        Assert.That(first.Exit, Is.Zero, first.ToString());
        Assert.That(first.OutputLines, Has.Length.EqualTo(2), first.ToString());
        Assert.That(first.OutputLines[0], Does.Match("^key:  upk_[A-Za-z0-9_-]{43}$"));
        Assert.That(first.OutputLines[1], Does.Match("^hash: sha256:[0-9a-f]{64}$"));
        var key = first.OutputLines[0]["key:  ".Length..];
        Assert.That(ApiKeyHash.TryParse(first.OutputLines[1]["hash: ".Length..], out var hash), Is.True);
        Assert.That(hash!.Matches(key), Is.True);
        Assert.That(second.OutputLines[0], Is.Not.EqualTo(first.OutputLines[0]));
        Assert.That(second.OutputLines[1], Is.Not.EqualTo(first.OutputLines[1]));
    }

    [Test]
    public async Task HashKey_isACommandOfTheExecutable_andTakesNoKeyArgument()
    {
        var run = await CliRun.RunAsync("hash-key", Key);

        Assert.That(run.Exit, Is.EqualTo(CliApp.UsageError), run.ToString());
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error, Does.Contain("takes no key on the command line"));
        Assert.That(run.Error, Does.Not.Contain(Key), "the key is not repeated");
    }

    [Test]
    public async Task HashKey_printedDigestConfiguredForAPartner_itsKeyIsAuthenticatedOverHttp()
    {
        var generated = await RunAsync(null, "--generate");
        var key = generated.OutputLines[0]["key:  ".Length..];
        var fromStdin = await RunAsync(key + "\n");
        Assert.That(fromStdin.OutputLines, Is.EqualTo(new[] { generated.OutputLines[1]["hash: ".Length..] }), "the digest of the generated key, read back");

        var settings = new Dictionary<string, string?>
        {
            ["Partners:Entries:2:Id"] = "hashed-partner",
            ["Partners:Entries:2:ApiKeyHashes:0"] = fromStdin.OutputLines[0],
            ["Partners:Entries:2:EdifactSenders:0"] = "HASHED:ZZ",
            ["Partners:Entries:2:MessageTypes:0"] = "*",
        };
        using var factory = new GatewayFactory(settings);
        using var withKey = factory.ClientFor(key);
        using var withOtherKey = factory.ClientFor(key[..^1] + (key[^1] == 'A' ? 'B' : 'A'));

        var accepted = await withKey.PostAsync("/api/v1/messages", new ByteArrayContent("UNA:+.? 'UNB+UNOC:3+HASHED:ZZ+UNIPASS:ZZ+261202:0900+HK0001'UNH+1+CUSDEC:D:96B:UN'BGM+929+HK1+9'UNT+3+1'UNZ+1+HK0001'"u8.ToArray()));
        var refused = await withOtherKey.GetAsync("/api/v1/messages");

        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await accepted.Content.ReadAsStringAsync());
        var receipt = await accepted.Content.ReadFromJsonAsync<ReceiptResponse>();
        var stored = await factory.Store.GetAsync("hashed-partner", receipt!.Id);
        Assert.That(stored, Is.Not.Null, "stored as the configured partner's message");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task HashKey_executableWithKeyPipedToStdin_printsItsDigest()
    {
        var executable = Path.Combine(TestContext.CurrentContext.TestDirectory, OperatingSystem.IsWindows() ? "UniPass.Gateway.Host.exe" : "UniPass.Gateway.Host");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "hash-key" },
        };

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync(Key);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.That(process.ExitCode, Is.Zero, error);
        Assert.That(output.TrimEnd(), Is.EqualTo(ApiKeyHash.Of(Key).ToString()));
        Assert.That(error, Is.Empty, "no prompt when stdin is not a terminal");
    }
}
