namespace UniPass.Gateway.Routing.Tests.Fixtures;

/// <summary>The fixtures written for these tests (copied beside the test assembly).</summary>
public static class Fixture
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
