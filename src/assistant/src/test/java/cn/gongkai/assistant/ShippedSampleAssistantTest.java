package cn.gongkai.assistant;

import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.StatutoryClock;
import cn.gongkai.knowledge.BgeEmbedder;
import cn.gongkai.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assistant as {@code ./gongkai serve} runs it: the shipped sample knowledge base (guide, FAQ, the regulation's
 * key articles), hybrid retrieval with the in-process model, no language model. The questions are a citizen's
 * everyday words, not the documents' own.
 */
class ShippedSampleAssistantTest {
    static BgeEmbedder embedder;
    static KnowledgeBase kb;
    static Assistant assistant;

    @BeforeAll
    static void open() throws Exception {
        embedder = new BgeEmbedder();
        kb = KnowledgeBase.open(Files.createTempDirectory("sample-kb"), embedder);
        assertThat(kb.ingest(KnowledgeBase.sample()).failures()).isEmpty();
        StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.builtIn());
        assistant = new Assistant(kb, AssistantSettings.defaults(), FixtureKnowledgeBase.TODAY, () -> clock, null, null);
    }

    @AfterAll
    static void close() throws Exception {
        kb.close();
        embedder.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            他们最晚多久要答复我？                 | 第三十三条/六、多久答复
            提交申请以后多长时间能收到答复           | 提交申请后，最晚多久答复我？申请信息公开要多长时间？/六、多久答复
            申请信息公开要钱吗                     | 申请政府信息公开要花钱吗？
            不知道文件名字能不能申请               | 我不知道文件的准确名称，还能申请吗？
            我能打电话申请吗                       | 可以打电话口头申请吗？能打电话咨询吗？
            能不能电话咨询                         | 可以打电话口头申请吗？能打电话咨询吗？/九、联系我们
            我是外国人可以申请吗                   | 外国人可以申请政府信息公开吗？
            外籍人士能申请公开吗                   | 外国人可以申请政府信息公开吗？
            港澳居民可以申请吗                     | 二、谁可以申请
            政府必须公开哪些信息                   | 第二十条
            申请信息公开要多久                     | 提交申请后，最晚多久答复我？申请信息公开要多长时间？/六、多久答复/第三十三条
            信息公开申请多久答复                   | 提交申请后，最晚多久答复我？申请信息公开要多长时间？/六、多久答复/第三十三条
            主动公开多久                           | 第二十六条/一、主动公开的信息在哪里看
            我想了解申请要多久                     | 六、多久答复/第三十三条/提交申请后，最晚多久答复我？申请信息公开要多长时间？
            可以申请公开政府的财政预算吗           | 第二十条
            信息公开申请书怎么写                   | 三、怎样申请
            申请公开需要本人去吗                   | 三、怎样申请/四、在哪里申请/二、谁可以申请/可以用电子邮件申请吗？申请邮箱是多少？/可以帮别人申请吗？能委托别人替我申请吗？
            我申请的信息被拒绝了怎么办             | 八、对答复不满意怎么办/对答复不满意怎么办？/申请被拒绝了还能再申请吗？被驳回了怎么办？
            我能要求公开别人的个人信息吗           | 第十五条/我要的信息涉及别人的隐私或者商业秘密，会怎么处理？
            你们收到我的申请了吗                   | 怎样查询办理进度？怎么知道申请有没有被受理？提交后有回执吗？
            申请后可以修改申请内容吗               | 提交的申请能修改吗？申请内容写错了怎么办？
            申请书写错了怎么办                     | 提交的申请能修改吗？申请内容写错了怎么办？
            申请政府信息公开有什么条件             | 三、怎样申请/二、谁可以申请
            台湾同胞能申请信息公开吗               | 二、谁可以申请
            我要的材料太多了他们能拒绝吗           | 我要的信息太多了，会不予处理吗？一次能申请多少件？/第三十五条
            一次能申请几件                         | 我要的信息太多了，会不予处理吗？一次能申请多少件？/五、要不要交费
            对答复结果不服怎么办                   | 对答复不满意怎么办？/八、对答复不满意怎么办
            企业可以申请吗                         | 二、谁可以申请/第二十七条
            外地人可以申请吗                       | 第二十七条/二、谁可以申请
            去哪儿递交申请                         | 四、在哪里申请
            你们的电话是多少                       | 九、联系我们
            主动公开的信息在哪里看                 | 一、主动公开的信息在哪里看
            我申请的信息涉及别人的隐私怎么办         | 第十五条
            我想投诉可以用信息公开申请吗             | 第三十九条
            申请内容不明确会怎样                   | 第三十条
            什么信息不能公开                       | 第十四条/第十六条/哪些信息不公开？什么情况下政府可以不公开？
            行政机关内部的会议纪要能公开吗          | 第十六条/政府合同可以申请公开吗？会议纪要能申请公开吗？内部文件呢？
            可以委托别人帮我申请吗                 | 可以帮别人申请吗？能委托别人替我申请吗？/二、谁可以申请
            收费标准是什么                         | 五、要不要交费
            政府信息公开条例第三十三条              | 第三十三条
            他们超过期限没答复怎么办               | 八、对答复不满意怎么办/第五十一条/申请交上去很久了还没人答复，正常吗？过了期限不答复怎么办？
            逾期不答复可以投诉吗                   | 八、对答复不满意怎么办/第五十一条/申请交上去很久了还没人答复，正常吗？过了期限不答复怎么办？
            申请了一直没消息                       | 八、对答复不满意怎么办/第五十一条/六、多久答复/第三十三条
            申请人需要是本地户口吗                 | 二、谁可以申请
            可以匿名申请吗                         | 二、谁可以申请
            申请公开的材料要准备什么               | 三、怎样申请
            我要的信息涉及第三方的商业秘密怎么办     | 第十五条/我要的信息涉及别人的隐私或者商业秘密，会怎么处理？
            答复会是什么形式                       | 七、答复会是什么样
            可以发到我的邮箱吗                     | 信息可以发到我的邮箱吗？能寄纸质的吗？
            能不能给我寄纸质的                     | 信息可以发到我的邮箱吗？能寄纸质的吗？
            我能去现场查阅吗                       | 信息可以发到我的邮箱吗？能寄纸质的吗？/七、答复会是什么样/第四十条
            申请后可以撤回吗                       | 申请可以撤回吗？怎么撤回？提交了还能撤销吗？
            怎么撤回申请                           | 申请可以撤回吗？怎么撤回？提交了还能撤销吗？
            申请提交了还能撤销吗                   | 申请可以撤回吗？怎么撤回？提交了还能撤销吗？
            查询码丢了怎么办                       | 查询码丢了怎么办？
            我的个人信息记录错了能改吗             | 第四十一条
            周末提交的申请什么时候开始算           | 六、多久答复/周末、节假日可以提交申请吗？
            单位申请需要盖章吗                     | 二、谁可以申请
            延期要通知我吗                         | 六、多久答复
            政府信息公开是什么意思                 | 什么是政府信息公开？
            为什么只给我公开了一部分               | 能不能只公开一部分？为什么只公开了一部分？
            怎么知道申请有没有被受理               | 怎样查询办理进度？怎么知道申请有没有被受理？提交后有回执吗？
            收到申请后会给我回执吗                 | 怎样查询办理进度？怎么知道申请有没有被受理？提交后有回执吗？
            我需要帮别人申请需要什么               | 可以帮别人申请吗？能委托别人替我申请吗？/二、谁可以申请
            你们几点上班                           | 九、联系我们
            局长的家庭住址能公开吗                 | 可以申请公开领导或者工作人员的个人信息吗？
            你们局长叫什么名字                     | 你们的负责人是谁？在哪里能查到？
            我上个月寄了申请信，到现在都没人理我，正常吗？ | 申请交上去很久了还没人答复，正常吗？过了期限不答复怎么办？
            申请交了好久都没有消息，正常吗         | 申请交上去很久了还没人答复，正常吗？过了期限不答复怎么办？
            什么情况下要交信息处理费               | 第四十二条/五、要不要交费
            条例第四十二条说了什么                 | 第四十二条
            网上咨询多久回复                       | 网上咨询多久答复？可以匿名咨询吗？
            可以匿名咨询吗                         | 网上咨询多久答复？可以匿名咨询吗？
            国庆节前提交的申请会顺延吗             | 六、多久答复
            春节期间提交申请怎么算                 | 六、多久答复
            为什么告诉我去找别的部门               | 七、答复会是什么样/第三十六条/我要的信息不归这个机关管怎么办？找错了部门怎么办？
            我是不是找错部门了                     | 七、答复会是什么样/第三十六条/我要的信息不归这个机关管怎么办？找错了部门怎么办？
            你们说不属于你们负责怎么办             | 七、答复会是什么样/第三十六条/我要的信息不归这个机关管怎么办？找错了部门怎么办？
            可以申请公开会议记录吗                 | 第十六条/政府合同可以申请公开吗？会议纪要能申请公开吗？内部文件呢？
            政府信息包括哪些                       | 第二条/什么是政府信息公开？
            可以申请公开政府合同吗                 | 政府合同可以申请公开吗？会议纪要能申请公开吗？内部文件呢？
            会议纪要能申请公开吗                   | 政府合同可以申请公开吗？会议纪要能申请公开吗？内部文件呢？/第十六条
            我申请的信息不归你们管怎么办           | 我要的信息不归这个机关管怎么办？找错了部门怎么办？/七、答复会是什么样/第三十六条
            我想咨询一下收费的问题                 | 五、要不要交费/申请政府信息公开要花钱吗？/第四十二条
            我想问一下申请要多久                   | 六、多久答复/第三十三条/提交申请后，最晚多久答复我？申请信息公开要多长时间？
            我可以替我爸爸申请吗                   | 可以帮别人申请吗？能委托别人替我申请吗？/二、谁可以申请
            可以帮家人申请信息公开吗               | 可以帮别人申请吗？能委托别人替我申请吗？/二、谁可以申请
            申请政府信息公开需要什么证件           | 二、谁可以申请/三、怎样申请
            我申请的信息涉及别的公司，会怎么处理   | 第十五条/第三十二条/我要的信息涉及别人的隐私或者商业秘密，会怎么处理？
            政府信息公开和信访有什么区别           | 我的投诉、信访可以用信息公开申请的方式提出吗？信访和申请信息公开有什么区别？/第三十九条
            我申请了十几次同样的信息，他们不理我了 | 同一个信息我已经申请过，再申请为什么不处理了？/第三十五条/第三十六条
            同一个信息能不能反复申请               | 同一个信息我已经申请过，再申请为什么不处理了？/七、答复会是什么样/第三十六条
            申请被驳回了还能再申请吗               | 申请被拒绝了还能再申请吗？被驳回了怎么办？
            可以申请公开领导的个人信息吗           | 可以申请公开领导或者工作人员的个人信息吗？/第十五条
            可以申请公开法院的判决书吗             | 法院、检察院的文件可以向你们申请公开吗？判决书能申请公开吗？
            网上申请需要注册账号吗                 | 网上申请要注册账号吗？
            你们提供的信息有错误怎么办             | 第四十一条
            你们能给我复印件吗                     | 七、答复会是什么样/信息可以发到我的邮箱吗？能寄纸质的吗？/第四十条
            我不会写字，能让工作人员帮我填吗       | 三、怎样申请/第二十九条
            可以用微信申请吗                       | 四、在哪里申请/三、怎样申请
            申请交了一个多月还没答复正常吗         | 申请交上去很久了还没人答复，正常吗？过了期限不答复怎么办？
            过了期限不答复怎么办                   | 申请交上去很久了还没人答复，正常吗？过了期限不答复怎么办？/八、对答复不满意怎么办
            我眼睛看不见，怎么申请                 | 三、怎样申请/第四十三条
            我是盲人能申请吗                       | 第四十三条/三、怎样申请
            超过期限不答复向谁反映                 | 第四十七条/八、对答复不满意怎么办/申请交上去很久了还没人答复，正常吗？过了期限不答复怎么办？
            学校的信息不公开怎么办                 | 第五十五条/法院、检察院的文件可以向你们申请公开吗？判决书能申请公开吗？
            什么情况下政府可以不公开               | 哪些信息不公开？什么情况下政府可以不公开？/第十四条/第十五条/第十六条
            申请的信息需要加工汇总吗               | 第三十八条
            一次申请可以要好几个文件吗             | 我要的信息太多了，会不予处理吗？一次能申请多少件？/第三十五条/五、要不要交费
            前几天网上交的申请，一直没有消息         | 申请交上去很久了还没人答复，正常吗？过了期限不答复怎么办？
            你们多久能回复我                       | 六、多久答复/第三十三条/提交申请后，最晚多久答复我？申请信息公开要多长时间？
            行政复议要多长时间申请                 | 八、对答复不满意怎么办
            申请需要填什么表格                     | 三、怎样申请/四、在哪里申请
            申请公开信息是免费的吗                 | 申请政府信息公开要花钱吗？/五、要不要交费
            申请材料寄到哪里                       | 四、在哪里申请
            申请的时候要说明为什么要这些信息吗     | 申请时要说明用途吗？要写理由吗？/二、谁可以申请
            可以要电子版吗                         | 第四十条/三、怎样申请/七、答复会是什么样/信息可以发到我的邮箱吗？能寄纸质的吗？
            可以发邮件申请吗？邮箱是多少           | 可以用电子邮件申请吗？申请邮箱是多少？
            能用邮箱申请吗                         | 可以用电子邮件申请吗？申请邮箱是多少？
            可以查询别人申请了什么吗               | 可以查别人申请了什么吗？别人申请公开的信息我能看吗？
            别人的申请我能看吗                     | 可以查别人申请了什么吗？别人申请公开的信息我能看吗？
            我想看看其他人申请公开了哪些信息       | 可以查别人申请了什么吗？别人申请公开的信息我能看吗？
            信息能发到我邮箱吗                     | 信息可以发到我的邮箱吗？能寄纸质的吗？
            能让律师代我申请吗                     | 可以帮别人申请吗？能委托别人替我申请吗？
            帮朋友申请要带什么材料                 | 可以帮别人申请吗？能委托别人替我申请吗？/二、谁可以申请
            申请信息公开有没有次数限制             | 我要的信息太多了，会不予处理吗？一次能申请多少件？/第三十五条
            答复书是寄给我还是要我自己来拿         | 信息可以发到我的邮箱吗？能寄纸质的吗？/七、答复会是什么样
            周末可以去窗口交申请吗                 | 周末、节假日可以提交申请吗？/四、在哪里申请
            政府信息公开工作由谁来监督             | 第四十七条
            行政执法案卷能申请吗                   | 第十六条
            申请公开的信息已经公开了怎么办         | 我申请的信息已经主动公开了，会怎么答复？答复说已经公开了但我找不到怎么办？/七、答复会是什么样/一、主动公开的信息在哪里看
            我申请的是我自己的个人信息可以吗       | 可以申请公开关于我本人的信息吗？
            """)
    void should_answer_a_citizens_everyday_question_from_the_right_text(String question, String first) {
        Answer answer = assistant.ask(question, null);

        assertThat(answer.refused()).as(answer.answer()).isFalse();
        assertThat(answer.citations()).as(answer.answer()).isNotEmpty();
        // the FAQ entry, the guide's section or the article: where one of them answers as well as another
        assertThat(answer.citations().getFirst().article()).as(answer.answer()).isIn((Object[]) first.split("/"));
    }

    @Test
    void should_match_a_faq_entry_by_another_phrasing_it_lists_and_not_show_the_phrasings() {
        Answer answer = assistant.ask("局长的家庭住址能公开吗", null);

        assertThat(answer.kind()).isEqualTo("FAQ");
        assertThat(answer.answer()).contains("条例第十五条").doesNotContain("相似问题");
        CitedText cited = assistant.cited(answer.citations().getFirst().id()).orElseThrow();
        assertThat(cited.text()).contains("条例第十五条").doesNotContain("相似问题");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            申請要收費嗎                     | 申请政府信息公开要花钱吗？/五、要不要交费
            他們最晚多久要答覆我？           | 第三十三条/六、多久答复
            政府資訊公開條例第三十三條       | 第三十三条
            對答覆不滿意怎麼辦               | 对答复不满意怎么办？/八、对答复不满意怎么办
            可以委託別人幫我申請嗎           | 可以帮别人申请吗？能委托别人替我申请吗？/二、谁可以申请
            """)
    void should_answer_a_question_in_traditional_characters_as_its_simplified_form(String question, String first) {
        should_answer_a_citizens_everyday_question_from_the_right_text(question, first);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            信息公开申请被拒绝了怎么办 | HOW_TO_APPLY
            第三方不同意公开怎么办     | 对答复不满意怎么办？
            """)
    void should_not_take_a_question_for_another_that_shares_its_words(String question, String not) {
        Answer answer = assistant.ask(question, null);

        assertThat(answer.kind()).isNotEqualTo(not);
        assertThat(answer.citations()).extracting(Citation::article).doesNotContain(not);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我想要我们小区的拆迁补偿方案", "我想查一下我们村的征地批文", "怎样才能拿到某个文件", "我要申请公开",
            "信息公开需要什么手续", "我想知道我们村的土地征收补偿标准",
            "可以申请看我们小区的规划图吗", "我想知道拆迁补偿的文件怎么拿到"})
    void should_show_the_way_to_a_piece_of_information(String question) {
        Answer answer = assistant.ask(question, null);

        assertThat(answer.refused()).as(answer.answer()).isFalse();
        assertThat(answer.kind()).isEqualTo("HOW_TO_APPLY");
        assertThat(answer.answer()).contains("申请表");
        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.kind()).isEqualTo("公开指南"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"条例第十条怎么规定的", "政府信息公开条例第10条是什么内容"})
    void should_say_so_when_the_article_asked_for_is_not_in_the_knowledge_base(String question) {
        Answer answer = assistant.ask(question, null);

        assertThat(answer.refused()).as(answer.answer()).isTrue();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.answer()).contains("第十条").contains("不以其他条文代替");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            你好   | 怎样申请
            您好！ | 怎样申请
            谢谢   | 不客气
            你是机器人吗 | 不是工作人员
            你是谁 | 智能问答助手
            """)
    void should_answer_a_greeting_with_what_it_can_do(String question, String says) {
        Answer answer = assistant.ask(question, null);

        assertThat(answer.kind()).isEqualTo("GREETING");
        assertThat(answer.refused()).isFalse();
        assertThat(answer.answer()).contains(says);
    }

    @ParameterizedTest
    @ValueSource(strings = {"怎么查询我的申请办到哪一步了", "我的申请有结果了吗", "能帮我查一下我的申请吗", "看看我的申请"})
    void should_ask_for_the_tracking_number_and_query_code_when_progress_is_asked_without_them(String question) {
        Answer answer = assistant.ask(question, null);

        assertThat(answer.kind()).isEqualTo("PROGRESS");
        assertThat(answer.answer()).contains("申请编号").contains("查询码");
    }

    @ParameterizedTest
    @ValueSource(strings = {"我要查GK2612031234ABCD", "gk261203ABCDEF0O 查询码ABCDEFGH"})
    void should_say_a_tracking_number_is_mistyped_when_it_has_characters_the_numbers_never_use(String question) {
        Answer answer = assistant.ask(question, null);

        assertThat(answer.kind()).isEqualTo("PROGRESS");
        assertThat(answer.answer()).contains("不像一个申请编号", "没有数字0、1和字母I、L、O");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            我11月3日提交的申请最晚哪天答复      | 最晚应于2026年12月1日答复
            11月3日寄出的申请，延期的话最晚哪天    | 延长不超过20个工作日
            我2026年11月20日递交的申请，什么时候到期 | 最晚应于2026年12月18日答复
            我昨天提交的申请什么时候答复          | 按收到申请之日为2026年11月30日计算
            上周五提交的，最晚哪天               | 按收到申请之日为2026年11月27日计算
            我11月3日寄的挂号信最晚哪天答复      | 以行政机关签收之日为收到申请之日，如签收晚于寄出之日
            国庆节前一天提交的申请哪天答复        | 最晚应于2026年11月3日答复
            中秋节前一天提交的申请哪天答复        | 最晚应于2026年10月29日答复
            """)
    void should_cite_the_time_limit_for_a_computed_deadline(String question, String says) {
        Answer answer = assistant.ask(question, null);

        assertThat(answer.kind()).isEqualTo("DEADLINE");
        assertThat(answer.answer()).contains(says);
        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().getFirst().article()).isIn("六、多久答复", "第三十三条");
    }

    @Test
    void should_rest_a_deadline_on_the_texts_on_reply_times_even_when_the_question_names_little_of_the_rule() {
        Answer answer = assistant.ask("你好，我想问一下，我上个月15号在网上提交了一个信息公开申请，到现在还没有回复，正常吗？", null);

        assertThat(answer.kind()).isEqualTo("DEADLINE");
        assertThat(answer.answer()).contains("按收到申请之日为2026年11月15日计算");
        // not the guide's section on published information, which counts 20 working days for something else
        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.article()).isIn("六、多久答复", "第三十三条", "第三十条"));
    }

    @Test
    void should_not_take_the_day_of_a_notice_to_supplement_for_the_day_of_receipt() {
        Answer answer = assistant.ask("我11月3日收到补正通知，补正后多久答复", null);

        assertThat(answer.kind()).isNotEqualTo("DEADLINE");
        assertThat(answer.answer()).doesNotContain("2026年12月1日").contains("重新");
        assertThat(answer.citations()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"今天天气怎么样", "附近有什么好吃的", "怎么办理护照", "我的社保卡丢了怎么补办"})
    void should_decline_what_the_sample_does_not_cover(String question) {
        Answer answer = assistant.ask(question, null);

        assertThat(answer.refused()).as(answer.answer()).isTrue();
        assertThat(answer.citations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"今天天气怎么样", "附近有什么好吃的"})
    void should_not_read_an_unrelated_short_question_as_a_follow_up(String question) {
        Answer first = assistant.ask("可以用电子邮件申请吗", null);
        Answer next = assistant.ask(question, first.conversationId());

        assertThat(first.refused()).isFalse();
        assertThat(next.refused()).as(next.answer()).isTrue();
        assertThat(next.answer()).isNotEqualTo(first.answer());
    }

    @Test
    void should_still_read_a_real_follow_up_with_the_question_before_it() {
        Answer first = assistant.ask("我11月3日提交的申请最晚哪天答复", null);
        Answer next = assistant.ask("那延期呢？", first.conversationId());

        assertThat(next.kind()).isEqualTo("DEADLINE");
        assertThat(next.answer()).contains("即最晚2026年12月29日");
    }
}
