namespace Icn.DemoNetwork;

/// <summary>Which pool of first and family names a country's contacts and participants are drawn from.</summary>
internal enum NameCulture
{
    Nordic,
    German,
    Dutch,
    French,
    Iberian,
    English,
    Japanese,
    Korean,
    Taiwanese,
    CentralEuropean,
}

/// <summary>Common given and family names per culture, combined at random: nobody in particular.</summary>
internal static class PersonNames
{
    private static readonly Dictionary<NameCulture, (string[] Given, string[] Family)> Pools = new()
    {
        [NameCulture.Nordic] = (["Anna", "Mette", "Sofie", "Ingrid", "Aino", "Freja", "Lars", "Mikkel", "Johan", "Erik", "Mikko", "Henrik", "Sigrid", "Oskar"],
            ["Jensen", "Nielsen", "Andersson", "Lindqvist", "Hansen", "Virtanen", "Korhonen", "Berg", "Dahl", "Holm", "Lund", "Nyström", "Eriksen", "Sørensen"]),
        [NameCulture.German] = (["Katrin", "Julia", "Sabine", "Lena", "Miriam", "Anja", "Thomas", "Stefan", "Jonas", "Matthias", "Florian", "Lukas", "Ursula", "Tobias"],
            ["Müller", "Schmidt", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann", "Keller", "Brunner", "Huber", "Gruber", "Schneider", "Vogel", "Frei"]),
        [NameCulture.Dutch] = (["Anouk", "Sanne", "Eva", "Lotte", "Marieke", "Inge", "Jeroen", "Bram", "Pieter", "Koen", "Wouter", "Thijs", "Els", "Joris"],
            ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Peeters", "Maes", "Janssens", "van Dijk", "Mulder", "de Smet", "Claes", "Willems", "Hendriks"]),
        [NameCulture.French] = (["Camille", "Claire", "Élodie", "Sophie", "Manon", "Julie", "Julien", "Nicolas", "Mathieu", "Antoine", "Olivier", "Pierre", "Léa", "Hugo"],
            ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre", "Girard", "Fontaine", "Rousseau", "Mercier", "Blanc", "Guérin", "Muller", "Faure"]),
        [NameCulture.Iberian] = (["Lucía", "Marta", "Carmen", "Inês", "Beatriz", "Ana", "Javier", "Pablo", "Miguel", "João", "Rui", "Sergio", "Laia", "Tiago"],
            ["García", "Fernández", "López", "Martínez", "Sánchez", "Silva", "Santos", "Ferreira", "Costa", "Romero", "Navarro", "Oliveira", "Pereira", "Ruiz"]),
        [NameCulture.English] = (["Emma", "Sarah", "Olivia", "Rachel", "Siobhan", "Megan", "James", "David", "Michael", "Ciarán", "Daniel", "Robert", "Grace", "Ethan"],
            ["Smith", "Taylor", "Brown", "Wilson", "Murphy", "Walsh", "Campbell", "Evans", "Thompson", "Clarke", "Kelly", "Hughes", "Miller", "Johnson"]),
        [NameCulture.Japanese] = (["Yuki", "Aiko", "Haruka", "Sakura", "Naomi", "Emi", "Hiroshi", "Takeshi", "Kenji", "Daisuke", "Ren", "Haruto", "Mai", "Sota"],
            ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto"]),
        [NameCulture.Korean] = (["Ji-woo", "Seo-yeon", "Min-ji", "Ha-eun", "Soo-jin", "Eun-ji", "Min-jun", "Seo-jun", "Ji-hoon", "Hyun-woo", "Dong-hyun", "Jae-won", "Yu-na", "Tae-yang"],
            ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Seo", "Kwon"]),
        [NameCulture.Taiwanese] = (["Mei-ling", "Shu-fen", "Yi-ting", "Hui-chen", "Ya-wen", "Pei-shan", "Chih-wei", "Chia-hao", "Wei-lun", "Cheng-han", "Yu-jie", "Kuan-ting", "Hsin-yi", "Po-yu"],
            ["Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu", "Cheng", "Hsieh", "Kuo"]),
        [NameCulture.CentralEuropean] = (["Katarzyna", "Agnieszka", "Tereza", "Eszter", "Kadri", "Nina", "Tomasz", "Piotr", "Jakub", "Martin", "Gábor", "Andrej", "Rūta", "Marek"],
            ["Nowak", "Kowalski", "Wiśniewska", "Novák", "Dvořák", "Nagy", "Kovács", "Tamm", "Saar", "Novak", "Horvat", "Kazlauskas", "Zieliński", "Szabó"]),
    };

    public static (string Given, string Family) Next(SeedRandom random, NameCulture culture)
    {
        var (given, family) = Pools[culture];
        return (random.Pick(given), random.Pick(family));
    }

    public static string NextFullName(SeedRandom random, NameCulture culture)
    {
        var (given, family) = Next(random, culture);
        return $"{given} {family}";
    }
}
