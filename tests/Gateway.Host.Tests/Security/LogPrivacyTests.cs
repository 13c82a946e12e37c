using System.Net;
using System.Net.Http.Json;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Tests.Support;

namespace UniPass.Gateway.Host.Tests.Security;

/// <summary>Passenger data and API keys never reach a log, at any level.</summary>
public sealed class LogPrivacyTests
{
    [Test]
    public async Task SubmitAndRead_passengerList_noPassengerDataOrKeyInAnyLogLine()
    {
        using var factory = new GatewayFactory();
        using var client = factory.ClientFor(GatewayFactory.KeyA);

        var response = await client.PostAsync(MessagesApi.BasePath, new ByteArrayContent(Fixtures.Paxlst()));
        var receipt = await response.Content.ReadFromJsonAsync<ReceiptResponse>();
        await client.GetAsync(receipt!.Location);
        await client.GetAsync(receipt.Acks);
        using var bad = factory.ClientFor(GatewayFactory.KeyA + "-wrong");
        await bad.GetAsync(MessagesApi.BasePath);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(factory.Logs.Lines, Has.Some.Contains(receipt.Id.ToString()), "the submission was logged (by id)");
        foreach (var secret in new[] { Fixtures.PassengerSurname, Fixtures.PassengerGivenName, Fixtures.PassengerDocument, GatewayFactory.KeyA })
        {
            Assert.That(factory.Logs.Lines, Has.None.Contains(secret), secret);
        }
    }
}
