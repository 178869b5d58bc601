import { rec, type Pick2, type Rec } from '../records.ts';

/** The brief in the plan's words: simple HTML (headings, paragraphs, lists, bold) as the editor keeps it. */
export function briefSections(t: Pick2): Rec[] {
  return [
    rec('brief_section', 'brief-background', {
      key: 'background',
      title: t('背景', 'Background'),
      body: t(
        '<h3>行业趋势</h3>' +
          '<p>全球社交媒体用户已超过 <strong>50 亿</strong>，仍以每年约 5% 的速度增长。短视频与直播电商是增长最快的两块，国内短视频平台的用户渗透率已超过七成。</p>' +
          '<ul><li>用户对内容质量与个性化的要求明显提高，千篇一律的广告越来越难被看见。</li>' +
          '<li>AI 推荐与数据分析让投放更精准，也抬高了内容本身的门槛。</li>' +
          '<li>微信、微博增长放缓，小红书、B 站凭借独特社区快速扩张。</li></ul>' +
          '<p>栖木是一家主打舒适面料的休闲服饰品牌，2026 年希望在社交平台上同时拿下曝光、互动与成交。</p>',
        '<h3>Where the industry is going</h3>' +
          '<p>More than <strong>5 billion</strong> people use social media, and the number still grows by about 5% a year. Short video and live commerce are the fastest-growing parts; in China more than seven in ten internet users watch short-video apps.</p>' +
          '<ul><li>Audiences expect better and more personal content; generic ads are easy to scroll past.</li>' +
          '<li>AI recommendation and analytics make targeting sharper and raise the bar for the content itself.</li>' +
          '<li>WeChat and Weibo grow more slowly, while Xiaohongshu and Bilibili expand on the strength of their communities.</li></ul>' +
          '<p>Qimu, a casual apparel brand built on comfortable fabrics, wants reach, engagement and sales from social platforms in 2026.</p>',
      ),
    }),
    rec('brief_section', 'brief-market', {
      key: 'market',
      title: t('市场环境', 'Market'),
      body: t(
        '<h3>宏观环境</h3>' +
          '<p>全球经济增速放缓至约 3%，国内市场仍保持约 6% 的增长。消费者信心指数由 110 回落到 105，品牌忠诚度下降，更多人愿意尝试新品牌，但对价格更敏感。</p>' +
          '<h3>监管</h3>' +
          '<ul><li>欧盟《数字服务法》要求社媒广告更透明。</li>' +
          '<li>国内《个人信息保护法》与欧盟 GDPR 对用户数据的收集和使用要求严格。</li>' +
          '<li>《广告法》禁止夸大和绝对化宣传。</li></ul>' +
          '<p>社会热点会迅速放大品牌的任何失误：曾有品牌因环保争议一次失去约三成粉丝。</p>',
        '<h3>The wider economy</h3>' +
          '<p>World growth has slowed to about 3% while China still grows by around 6%. Consumer confidence slipped from 110 to 105: shoppers are less loyal, more willing to try new brands, and more careful with money.</p>' +
          '<h3>Regulation</h3>' +
          '<ul><li>The EU Digital Services Act asks for more transparent social ads.</li>' +
          '<li>China’s Personal Information Protection Law and the EU GDPR set strict rules for collecting and using personal data.</li>' +
          '<li>China’s advertising law forbids exaggerated and absolute claims.</li></ul>' +
          '<p>Public debate magnifies any misstep: one brand lost about 30% of its followers over an environmental controversy.</p>',
      ),
    }),
    rec('brief_section', 'brief-challenges', {
      key: 'challenges',
      title: t('营销挑战', 'Challenges'),
      body: t(
        '<ul><li><strong>预算：</strong>要覆盖六个平台，钱却有限。往年抖音和快手占去一半以上预算，小红书、B 站投入不足，效果不达预期。</li>' +
          '<li><strong>内容：</strong>短视频、直播、图文都要做，而且要做好；调研显示 85% 的用户更愿意看专业测评，而不是硬广。</li>' +
          '<li><strong>评估：</strong>各平台数据口径不一，整合与清洗费时，互动率、转化率和 ROI 难以横向比较。</li></ul>',
        '<ul><li><strong>Budget:</strong> six platforms to cover with limited money. Douyin and Kuaishou used to take more than half of it, and Xiaohongshu and Bilibili got too little to deliver.</li>' +
          '<li><strong>Content:</strong> short video, live streams and posts all need to be good; research shows 85% of users would rather watch an expert review than an ad.</li>' +
          '<li><strong>Measurement:</strong> each platform reports differently, cleaning and joining the data takes time, and engagement, conversion and ROI are hard to compare.</li></ul>',
      ),
    }),
    rec('brief_section', 'brief-problems', {
      key: 'problems',
      title: t('问题定义', 'Problems to solve'),
      body: t(
        '<p>这份方案要回答三个问题：</p>' +
          '<ul><li>如何把有限的预算花在真正会买的人身上？</li>' +
          '<li>如何稳定地产出用户愿意看、愿意转发的内容？</li>' +
          '<li>如何及时知道哪里有效、哪里无效，并据此调整？</li></ul>' +
          '<p>背后的原因是市场和用户行为变化快，而现有的工具在精准触达、内容生产和效果评估上都还有短板。</p>',
        '<p>The plan has to answer three questions:</p>' +
          '<ul><li>How do we spend a limited budget on the people who will actually buy?</li>' +
          '<li>How do we keep producing content people want to watch and share?</li>' +
          '<li>How do we learn quickly what works and what does not, and act on it?</li></ul>' +
          '<p>Underneath: markets and habits change fast, and today’s tools still fall short at targeting, production and measurement.</p>',
      ),
    }),
    rec('brief_section', 'brief-solution', {
      key: 'solution',
      title: t('解决思路', 'Approach'),
      body: t(
        '<h3>三个支柱</h3>' +
          '<ul><li><strong>数据：</strong>用户画像与行为分析决定投向哪里，统一看板每月比较各平台的互动率、转化率和 ROI。</li>' +
          '<li><strong>内容：</strong>按平台分工——抖音做曝光，快手做转化，微信做社群，小红书做口碑，微博追热点，B 站试水年轻圈层。</li>' +
          '<li><strong>评估与优化：</strong>每季度复盘，年中把预算向回报最高的平台倾斜。</li></ul>' +
          '<p>内容尽量安排在晚间 20:00–22:00 的高峰时段发布，并结合 520、618、世界杯、双 11 等节点。</p>',
        '<h3>Three pillars</h3>' +
          '<ul><li><strong>Data:</strong> personas and behaviour analysis decide where money goes; one dashboard compares engagement rate, conversion rate and ROI per platform every month.</li>' +
          '<li><strong>Content:</strong> each platform has a job: Douyin for reach, Kuaishou for sales, WeChat for community, Xiaohongshu for reviews, Weibo for trending topics, Bilibili to test young audiences.</li>' +
          '<li><strong>Review and adjust:</strong> a review every quarter; at mid-year, budget moves toward the platform that returns most.</li></ul>' +
          '<p>Posts go out in the 20:00–22:00 evening peak where possible and ride the big dates: 520, 618, the World Cup, Double 11.</p>',
      ),
    }),
  ];
}
