using Pamong.Platform.Data;

namespace Pamong.Tests.Host;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public void Postgres_connection_gets_the_default_pool_limit_when_it_names_none()
    {
        var options = new DatabaseOptions { Provider = "postgres", ConnectionString = "Host=db;Database=pamong;" };
        Assert.Equal("Host=db;Database=pamong;Maximum Pool Size=20", options.PostgresConnectionString());
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=64")]
    [InlineData("Host=db;MaxPoolSize=64")]
    [InlineData("Host=db;max pool size=64")]
    public void Postgres_connection_keeps_a_pool_limit_it_names_itself(string connection)
    {
        var options = new DatabaseOptions { Provider = "postgres", ConnectionString = connection, MaxPoolSize = 5 };
        Assert.Equal(connection, options.PostgresConnectionString());
    }

    [Fact]
    public void Configured_pool_limit_is_used()
    {
        var options = new DatabaseOptions { Provider = "postgres", ConnectionString = "Host=db", MaxPoolSize = 40 };
        Assert.EndsWith(";Maximum Pool Size=40", options.PostgresConnectionString(), StringComparison.Ordinal);
    }
}
