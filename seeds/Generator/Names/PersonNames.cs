namespace Platform.Seeds.Generator.Names;

/// <summary>
/// Chinese personal names: a surname drawn by its national frequency (per cent of the population, 2020 census order),
/// then one or two given-name characters from pools by sex and generation. Plausible, not anyone in particular.
/// </summary>
public sealed class PersonNames(SeedRandom random)
{
    private static readonly (string Surname, double Percent)[] Surnames =
    [
        ("王", 7.25), ("李", 7.19), ("张", 6.83), ("刘", 5.38), ("陈", 4.53), ("杨", 3.08), ("黄", 2.23), ("赵", 2.19),
        ("吴", 2.05), ("周", 1.97), ("徐", 1.61), ("孙", 1.54), ("马", 1.44), ("朱", 1.33), ("胡", 1.31), ("郭", 1.18),
        ("何", 1.14), ("高", 1.07), ("林", 1.00), ("罗", 0.98), ("郑", 0.87), ("梁", 0.84), ("谢", 0.78), ("宋", 0.71),
        ("唐", 0.71), ("许", 0.69), ("韩", 0.67), ("冯", 0.64), ("邓", 0.63), ("曹", 0.61), ("彭", 0.58), ("曾", 0.57),
        ("肖", 0.55), ("田", 0.53), ("董", 0.51), ("袁", 0.50), ("潘", 0.49), ("于", 0.48), ("蒋", 0.47), ("蔡", 0.46),
        ("余", 0.45), ("杜", 0.44), ("叶", 0.43), ("程", 0.42), ("苏", 0.41), ("魏", 0.40), ("吕", 0.39), ("丁", 0.38),
        ("任", 0.37), ("沈", 0.36), ("姚", 0.35), ("卢", 0.34), ("姜", 0.33), ("崔", 0.32), ("钟", 0.31), ("谭", 0.30),
        ("陆", 0.29), ("汪", 0.28), ("范", 0.27), ("廖", 0.26), ("石", 0.25), ("贺", 0.24), ("熊", 0.23), ("秦", 0.22),
        ("邱", 0.21), ("蒲", 0.12), ("敬", 0.05), ("母", 0.04), ("冉", 0.04), ("向", 0.10),
    ];

    private static readonly string[] OlderMale = ["建国", "国强", "志强", "建华", "德明", "文华", "永康", "明", "强", "军", "平", "勇", "福", "庆", "华", "忠", "德", "成", "伟", "林", "贵", "兴"];
    private static readonly string[] OlderFemale = ["秀英", "桂兰", "玉珍", "淑华", "凤英", "秀兰", "桂芳", "素芬", "英", "芳", "兰", "华", "萍", "琼", "敏", "霞", "珍", "蓉"];
    private static readonly string[] YoungerMale = ["浩然", "子轩", "宇航", "俊杰", "思远", "博文", "一鸣", "天佑", "晨", "宇", "浩", "杰", "鑫", "磊", "鹏", "涛", "超", "帅", "阳", "凯", "洋", "锐"];
    private static readonly string[] YoungerFemale = ["欣怡", "梓涵", "雨萱", "诗琪", "佳怡", "思雨", "婉清", "可馨", "婷", "雪", "琳", "颖", "倩", "洁", "静", "悦", "瑶", "丹", "璐", "娟", "月", "薇"];

    private readonly double[] _weights = Surnames.Select(s => s.Percent).ToArray();
    private readonly double _total = Surnames.Sum(s => s.Percent);

    public string Next(bool male, int birthYear)
    {
        var surname = Surnames[random.PickWeighted(_weights, _total)].Surname;
        var pool = (male, birthYear < 1975) switch
        {
            (true, true) => OlderMale,
            (false, true) => OlderFemale,
            (true, false) => YoungerMale,
            (false, false) => YoungerFemale,
        };
        var given = random.Pick(pool);
        // A one-character pick sometimes takes a second from the same pool, as many given names do.
        if (given.Length == 1 && random.Chance(0.55))
        {
            var second = random.Pick(pool)[^1..];
            given = second == given ? given : given + second;
        }

        return surname + given;
    }
}
