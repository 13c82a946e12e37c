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

    /// <summary>Interchanges with one kind of fault each (envelopes, ISO 9735-1 §8; the level A repertoire, annex A), in <c>Fixtures/faults/</c>.</summary>
    public static string[] Faults { get; } =
    [
        "faults/une-missing-at-end.edi",
        "faults/une-missing-before-ung-and-unz.edi",
        "faults/envelope-segments-out-of-place.edi",
        "faults/data-after-unz.edi",
        "faults/repertoire-level-a.edi",
    ];

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
