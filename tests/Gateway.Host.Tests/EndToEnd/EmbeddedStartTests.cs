using UniPass.Gateway.Host.Hosting;
using UniPass.Gateway.Host.Partners;
using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Tests.SharedHost;

namespace UniPass.Gateway.Host.Tests.EndToEnd;

/// <summary>
/// The newcomer's start: the executable with no configuration but a free port, in an empty directory. It keeps
/// everything in <c>./data</c> of that directory (SQLite store, certificate, demo key), prints where, and a
/// submission with the printed key, over HTTPS trusting the printed certificate, is routed on the in-process bus.
/// </summary>
public sealed class EmbeddedStartTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Start_withoutConfiguration_keepsStateInDataOfItsDirectoryAndRoutesTheDemoPartnersMessage()
    {
        var work = Directory.CreateTempSubdirectory("unipass-start-");
        try
        {
            using var gateway = new GatewayProcess(work.FullName, new Dictionary<string, string?>());
            await gateway.StartAsync();

            var data = Path.Combine(work.FullName, "data");
            var keyFile = Path.Combine(data, DemoPartnerKey.FileName);
            Assert.That(gateway.DataDirectory, Is.EqualTo(data));
            foreach (var file in new[] { GatewayHosting.SqliteFileName, ServerCertificate.PemFileName, ServerCertificate.PfxFileName, DemoPartnerKey.FileName })
            {
                Assert.That(File.Exists(Path.Combine(data, file)), Is.True, file);
            }

            var key = (await File.ReadAllTextAsync(keyFile)).Trim();
            Assert.That(gateway.Output, Does.Contain($"data directory : {data}"));
            Assert.That(gateway.Output, Does.Contain($"certificate    : {Path.Combine(data, ServerCertificate.PemFileName)}"));
            Assert.That(gateway.Output, Does.Contain($"demo API key   : {key}"));

            using var demo = gateway.ClientFor(key);
            var receipt = await demo.SubmitAsync(Fixtures.Read("CUSDEC_DEMO.edi"), contentType: "application/x-www-form-urlencoded");
            var outcome = await demo.WaitForOutcomeAsync(receipt.Id, Patience);

            Assert.That(outcome.GetProperty("status").GetString(), Is.EqualTo("routed"), outcome.ToString());
            Assert.That(gateway.Output.Split(key).Length - 1, Is.EqualTo(1), "the key is printed once, in the banner, and never logged");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
