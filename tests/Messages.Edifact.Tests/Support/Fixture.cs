namespace UniPass.Gateway.Messages.Edifact.Tests.Support;

/// <summary>The project's own fixtures in <c>Fixtures/</c>, written from ISO 9735.</summary>
internal static class Fixture
{
    public static string[] Names { get; } =
    [
        "paxlst-v4-unoc.edi",
        "cuscar-v3-two-messages.edi",
        "orders-levelb.edi",
        "invoic-una-custom.edi",
    ];

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
