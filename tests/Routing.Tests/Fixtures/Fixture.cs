using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Fixtures;

/// <summary>The fixtures written for these tests (copied beside the test assembly), and those of the projects beside.</summary>
public static class Fixture
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>The gateway's own interchanges (<c>tests/Gateway.Host.Tests/Fixtures</c>): the demo CUSDEC, the PAXLST from SENDERA.</summary>
    public static byte[] Host(string name) =>
        File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, "tests", "Gateway.Host.Tests", "Fixtures", name));

    /// <summary>The mapping fixtures of the EDIFACT engine (<c>tests/Messages.Edifact.Tests/Fixtures/Mapping</c>).</summary>
    public static byte[] Mapping(string name) =>
        File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, "tests", "Messages.Edifact.Tests", "Fixtures", "Mapping", name));
}
