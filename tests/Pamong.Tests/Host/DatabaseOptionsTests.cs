using Pamong.Platform.Data;

namespace Pamong.Tests.Host;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public void Postgres_connection_gets_the_default_pool_limit_and_no_reset_when_it_names_none()
    {
        var options = new DatabaseOptions { Provider = "postgres", ConnectionString = "Host=db;Database=pamong;" };
        Assert.Equal("Host=db;Database=pamong;Maximum Pool Size=20;No Reset On Close=true", options.PostgresConnectionString());
    }

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=64;No Reset On Close=false")]
    [InlineData("Host=db;MaxPoolSize=64;NoResetOnClose=false")]
    [InlineData("Host=db;max pool size=64;no reset on close=true")]
    public void Postgres_connection_keeps_the_settings_it_names_itself(string connection)
    {
        var options = new DatabaseOptions { Provider = "postgres", ConnectionString = connection, MaxPoolSize = 5 };
        Assert.Equal(connection, options.PostgresConnectionString());
    }

    [Fact]
    public void Postgres_connection_that_names_only_its_pool_limit_gets_no_reset()
    {
        var options = new DatabaseOptions { Provider = "postgres", ConnectionString = "Host=db;Maximum Pool Size=64" };
        Assert.Equal("Host=db;Maximum Pool Size=64;No Reset On Close=true", options.PostgresConnectionString());
    }

    [Fact]
    public void Configured_pool_limit_is_used()
    {
        var options = new DatabaseOptions { Provider = "postgres", ConnectionString = "Host=db", MaxPoolSize = 40 };
        Assert.Contains(";Maximum Pool Size=40;", options.PostgresConnectionString(), StringComparison.Ordinal);
    }
}
