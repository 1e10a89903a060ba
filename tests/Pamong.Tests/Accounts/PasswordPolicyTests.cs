using Pamong.Platform.Accounts.Passwords;

namespace Pamong.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    private const string Pemda = "Pemerintah Kabupaten Banyuwangi";

    private static IReadOnlyList<string> Check(string password, string userName = "siti.rahayu") =>
        PasswordPolicy.Check(password, [userName, null], Pemda);

    [Theory]
    [InlineData("kopi tubruk di pagi hari")]
    [InlineData("Kereta-Api-Jurusan-Surabaya")]
    [InlineData("ikan bakar 77 sambal")]
    [InlineData("ŽluťoučkýKůň2026!")]
    public void A_long_uncommon_password_is_accepted_without_composition_rules(string password) =>
        Assert.Empty(Check(password));

    [Theory]
    [InlineData("password123")]
    [InlineData("Password123")]
    [InlineData("bismillah")]
    [InlineData("indonesia123")]
    [InlineData("sayangku")]
    [InlineData("qwertyuiop")]
    [InlineData("1q2w3e4r5t")]
    [InlineData("alhamdulillah")]
    public void A_listed_common_password_is_refused(string password) =>
        Assert.Contains("password_too_common", Check(password));

    [Theory]
    [InlineData("sayangku2024")]
    [InlineData("Bismillah123!")]
    [InlineData("123cintaku")]
    [InlineData("Merdeka1945")]
    public void A_listed_word_with_a_few_digits_or_symbols_added_is_still_common(string password) =>
        Assert.Contains("password_too_common", Check(password));

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("abcdefghijklmn")]
    [InlineData("zyxwvutsrqpo")]
    public void Runs_and_repeats_are_refused(string password) =>
        Assert.Contains("password_too_simple", Check(password));

    [Fact]
    public void A_password_containing_the_user_name_is_refused() =>
        Assert.Contains("password_contains_username", Check("Siti.Rahayu.Cantik", "siti.rahayu"));

    [Fact]
    public void A_password_containing_the_nik_is_refused() =>
        Assert.Contains("password_contains_username", PasswordPolicy.Check("nik3510155705900001ku", ["3510155705900001", "3510155705900001"], Pemda));

    [Fact]
    public void A_password_containing_pamong_is_refused() =>
        Assert.Contains("password_contains_product", Check("Aplikasi-PAMONG-hebat"));

    [Fact]
    public void A_password_containing_the_name_of_the_pemda_is_refused_but_not_its_title_words()
    {
        Assert.Contains("password_contains_pemda", Check("Cinta Banyuwangi Selalu"));
        Assert.Empty(Check("Pemerintah yang jujur"));
    }

    [Fact]
    public void A_password_over_128_characters_is_refused() =>
        Assert.Equal(["password_too_long"], Check(new string('x', 60) + new string('y', 69)));

    [Fact]
    public void The_shipped_list_holds_a_few_hundred_passwords() =>
        Assert.InRange(CommonPasswords.Count, 300, 5000);
}
