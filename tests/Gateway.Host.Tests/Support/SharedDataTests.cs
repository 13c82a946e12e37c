using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Support;

public sealed class SharedDataTests
{
    [Test]
    public void RepositoryRoot_fromTestOutput_holdsSolution()
    {
        Assert.That(File.Exists(Path.Combine(SharedData.RepositoryRoot, "UniPass.Gateway.sln")), Is.True);
    }

    [Test]
    public void Files_missingFolder_isEmpty()
    {
        Assert.That(SharedData.Files("no/such/folder"), Is.Empty);
    }
}
