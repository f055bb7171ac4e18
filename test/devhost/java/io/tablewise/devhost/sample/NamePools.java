package io.tablewise.devhost.sample;

/**
 * Invented people from many cultures, so exports meet accents, apostrophes, hyphens, CJK,
 * Cyrillic, Greek and Arabic script. Entries are {@code "Display:ascii"}; the ascii form makes
 * log-in names and e-mail addresses, as directories usually do.
 */
final class NamePools {

    private NamePools() {
    }

    /** {first names, last names} per culture; CJK cultures write the family name first, without a space. */
    static final String[][][] CULTURES = {
        {{"James:james", "Olivia:olivia", "Ethan:ethan", "Chloe:chloe", "Mason:mason", "Madison:madison", "Tyler:tyler", "Brooke:brooke", "Jordan:jordan", "Kayla:kayla"},
         {"Smith:smith", "Johnson:johnson", "Carter:carter", "Brooks:brooks", "Hughes:hughes", "Reed:reed", "Sullivan:sullivan", "Foster:foster", "Bennett:bennett", "Hayes:hayes"}},
        {{"Siobhán:siobhan", "Ciarán:ciaran", "Niamh:niamh", "Seán:sean", "Aoife:aoife", "Pádraig:padraig", "Orla:orla", "Cian:cian"},
         {"O'Brien:obrien", "O'Sullivan:osullivan", "Ní Bhriain:nibhriain", "McCarthy:mccarthy", "Ó Ceallaigh:oceallaigh", "Byrne:byrne", "D'Arcy:darcy", "Walsh:walsh"}},
        {{"Jürgen:juergen", "Anneliese:anneliese", "Björn:bjoern", "Käthe:kaethe", "Lukas:lukas", "Mia:mia", "Maximilian:maximilian", "Jörg:joerg", "Sophie:sophie", "Uwe:uwe"},
         {"Müller:mueller", "Schäfer:schaefer", "Weiß:weiss", "Groß:gross", "Schmidt:schmidt", "Köhler:koehler", "Becker:becker", "von Stauffenberg:vonstauffenberg", "Hoffmann:hoffmann", "Krüger:krueger"}},
        {{"Zoë:zoe", "Hélène:helene", "François:francois", "Amélie:amelie", "Loïc:loic", "Margaux:margaux", "Noël:noel", "Anaïs:anais", "Benoît:benoit", "Céline:celine"},
         {"Lefèvre:lefevre", "Dubois-Martin:dubois-martin", "Rousseau:rousseau", "Bélanger:belanger", "Moreau:moreau", "Fournier:fournier", "Girard:girard", "Lambert:lambert", "Mercier:mercier", "Thérien:therien"}},
        {{"José:jose", "María José:mariajose", "Iñigo:inigo", "Begoña:begona", "Sebastián:sebastian", "Valentina:valentina", "Joaquín:joaquin", "Lucía:lucia", "Andrés:andres", "Ximena:ximena"},
         {"García:garcia", "Núñez:nunez", "Fernández:fernandez", "Peña:pena", "Ibáñez:ibanez", "Rodríguez López:rodriguezlopez", "Muñoz:munoz", "Sánchez:sanchez", "Ortega:ortega", "Cañizares:canizares"}},
        {{"João:joao", "Conceição:conceicao", "Thiago:thiago", "Gonçalo:goncalo", "Letícia:leticia", "Caio:caio", "Mariana:mariana", "Luís:luis"},
         {"Gonçalves:goncalves", "Magalhães:magalhaes", "Araújo:araujo", "Simões:simoes", "da Silva:dasilva", "Guimarães:guimaraes", "Brandão:brandao", "Lopes:lopes"}},
        {{"Łukasz:lukasz", "Małgorzata:malgorzata", "Paweł:pawel", "Agnieszka:agnieszka", "Wojciech:wojciech", "Zofia:zofia", "Grzegorz:grzegorz", "Katarzyna:katarzyna"},
         {"Wiśniewski:wisniewski", "Kowalczyk:kowalczyk", "Dąbrowska:dabrowska", "Zieliński:zielinski", "Woźniak:wozniak", "Szymańska:szymanska", "Kamińska:kaminska", "Jabłoński:jablonski"}},
        {{"Søren:soren", "Åsa:asa", "Bjørn:bjorn", "Sigríður:sigridur", "Mikael:mikael", "Ingrid:ingrid", "Jón:jon", "Päivi:paivi", "Eero:eero", "Ragnhild:ragnhild"},
         {"Kierkegaard:kierkegaard", "Ødegård:odegard", "Lindqvist:lindqvist", "Jóhannsdóttir:johannsdottir", "Virtanen:virtanen", "Åberg:aberg", "Mäkinen:makinen", "Sæther:saether", "Nyström:nystrom", "Halvorsen:halvorsen"}},
        {{"Dmitri:dmitri", "Анастасия:anastasia", "Олег:oleg", "Svetlana:svetlana", "Юлия:yulia", "Игорь:igor", "Oksana:oksana", "Мирослав:miroslav"},
         {"Иванов:ivanov", "Kuznetsova:kuznetsova", "Соколова:sokolova", "Petrenko:petrenko", "Шевченко:shevchenko", "Novak:novak", "Дворжак:dvorak", "Horváth:horvath"}},
        {{"Γιώργος:giorgos", "Eleni:eleni", "Νίκος:nikos", "Dimitra:dimitra", "Κατερίνα:katerina", "Yannis:yannis"},
         {"Παπαδόπουλος:papadopoulos", "Georgiou:georgiou", "Οικονόμου:oikonomou", "Karagiannis:karagiannis", "Νικολάου:nikolaou", "Vlachou:vlachou"}},
        {{"Aarav:aarav", "Priya:priya", "Vikram:vikram", "Ananya:ananya", "Rohan:rohan", "Deepika:deepika", "Arjun:arjun", "Lakshmi:lakshmi", "Siddharth:siddharth", "Kavya:kavya"},
         {"Venkataraman:venkataraman", "Iyer:iyer", "Chatterjee:chatterjee", "Reddy:reddy", "Patel:patel", "Krishnamurthy:krishnamurthy", "Banerjee:banerjee", "Nair:nair", "Subramanian:subramanian", "Gupta:gupta"}},
        {{"伟:wei", "芳:fang", "娜:na", "强:qiang", "静:jing", "磊:lei", "秀英:xiuying", "洋:yang"},
         {"王:wang", "李:li", "张:zhang", "刘:liu", "陈:chen", "杨:yang", "黄:huang", "欧阳:ouyang"}},
        {{"陽翔:haruto", "結菜:yuna", "蓮:ren", "さくら:sakura", "大翔:hiroto", "美咲:misaki"},
         {"佐藤:sato", "鈴木:suzuki", "高橋:takahashi", "田中:tanaka", "渡辺:watanabe", "伊藤:ito"}},
        {{"민준:minjun", "서연:seoyeon", "지훈:jihoon", "수빈:subin", "도윤:doyun", "하은:haeun"},
         {"김:kim", "이:lee", "박:park", "최:choi", "정:jung", "강:kang"}},
        {{"Thị Mai:thimai", "Minh:minh", "Phương:phuong", "Quốc Bảo:quocbao", "Thảo:thao", "Đức:duc"},
         {"Nguyễn:nguyen", "Trần:tran", "Lê:le", "Phạm:pham", "Hoàng:hoang", "Đặng:dang"}},
        {{"Chukwuemeka:chukwuemeka", "Ngozi:ngozi", "Kwame:kwame", "Adaeze:adaeze", "Oluwaseun:oluwaseun", "Abena:abena", "Tendai:tendai", "Thandiwe:thandiwe"},
         {"Okonkwo:okonkwo", "Adeyemi:adeyemi", "Mensah:mensah", "Nwosu:nwosu", "Boateng:boateng", "Dlamini:dlamini", "Oyelaran-Bakare:oyelaran-bakare", "Mutasa:mutasa"}},
        {{"محمد:mohammed", "Fatima:fatima", "Youssef:youssef", "ليلى:layla", "Omar:omar", "Nour:nour"},
         {"Al-Farsi:alfarsi", "الحسيني:alhusseini", "El-Amin:elamin", "Haddad:haddad", "Saleh:saleh", "بن علي:benali"}},
        {{"Mehmet:mehmet", "Ayşe:ayse", "Çağla:cagla", "Oğuz:oguz", "Şebnem:sebnem", "İlker:ilker"},
         {"Yılmaz:yilmaz", "Öztürk:ozturk", "Çelik:celik", "Şahin:sahin", "Aydın:aydin", "Kılıç:kilic"}},
        {{"Daan:daan", "Femke:femke", "Sven:sven", "Anouk:anouk", "Thijs:thijs", "Lotte:lotte"},
         {"van der Berg:vanderberg", "de Vries:devries", "Jansen:jansen", "van 't Hof:vanthof", "Bakker:bakker", "Visser:visser"}},
        {{"Giulia:giulia", "Niccolò:niccolo", "Alessandro:alessandro", "Chiara:chiara", "Nicolò:nicolo", "Francesca:francesca"},
         {"Rossi:rossi", "Esposito:esposito", "De Luca:deluca", "Romano:romano", "Colombo:colombo", "D'Angelo:dangelo"}},
        {{"Noa:noa", "Yael:yael", "אורי:uri", "Tamar:tamar", "Itai:itai", "שירה:shira"},
         {"Cohen:cohen", "לוי:levi", "Mizrahi:mizrahi", "Friedman:friedman", "Ben-David:bendavid", "אברהם:avraham"}},
    };

    /** Invented company domains (reserved .example / example.* names: they look real, route nowhere). */
    static final String[] DOMAINS = {
        "initech.example", "globex-corp.example", "umbrella.example.com", "hooli.example.org", "stark-industries.example",
        "wayne-enterprises.example.net", "müller-bau.example", "aperture.example", "cyberdyne.example.com", "soylent.example",
    };

    static final String[] TIME_ZONES = {
        "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo", "Asia/Tokyo",
        "Europe/London", "Pacific/Chatham", "America/St_Johns", "Asia/Kathmandu",
    };

    static final String[] LOCALES = {"en_US", "de_DE", "fr_FR", "ja_JP", "pt_BR", "es_ES", "zh_CN", "ko_KR", "pl_PL", "en_GB"};

    static String display(String entry) {
        return entry.substring(0, entry.indexOf(':'));
    }

    static String ascii(String entry) {
        return entry.substring(entry.indexOf(':') + 1);
    }
}
