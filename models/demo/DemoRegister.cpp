#include "DemoRegister.h"

#include "domain/Asset.h"
#include "domain/Clock.h"
#include "domain/MasterData.h"
#include "domain/Risk.h"
#include "storage/AccessControl.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/MasterDataRepository.h"
#include "storage/RiskRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <utility>

// The demo register is data, not logic: the organisation and the explicitly named assets sit in
// tables below; code only derives what a real register would derive from them (numbers, owners,
// restrictions from the levels, notes, review history). Every name, person and company is
// fictional.
namespace assetreg {
namespace {

QString u8(const char* text) {
    return text ? QString::fromUtf8(text) : QString();
}

// splitmix64: tiny and identical on every platform and standard library, unlike the
// distributions of <random>, so that one seed always gives the same register.
class Rng {
public:
    explicit Rng(quint64 seed)
        : m_state(seed) {}
    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }

private:
    quint64 m_state;
};

// ---------------------------------------------------------------------------------------------
// Organisation (第4条)

struct OrganRow {
    const char* code;
    const char* nameJa;
    const char* nameEn;
};

const OrganRow kOrgans[] = {
    {"GIKAI", "議会", "City Council"},
    {"MAYOR", "市長（補助機関を含む）", "Mayor (including auxiliary organs)"},
    {"SENKAN", "選挙管理委員会", "Election Administration Commission"},
    {"KANSA", "監査委員", "Audit Commissioners"},
    {"KOTEI", "固定資産評価審査委員会", "Fixed Asset Evaluation Review Board"},
    {"NOGYO", "農業委員会", "Agricultural Committee"},
};

struct DepartmentRow {
    const char* organ;
    const char* code; // also the prefix of the department's asset numbers
    const char* nameJa;
    const char* nameEn;
    const char* headTitle;
};

const DepartmentRow kDepartments[] = {
    {"GIKAI", "GIJI", "議会事務局", "Secretariat of the City Council", "議会事務局長"},
    {"MAYOR", "SEISAKU", "政策企画部", "Policy Planning Department", "政策企画部長"},
    {"MAYOR", "SOM", "総務部", "General Affairs Department", "総務部長"},
    {"MAYOR", "ZEI", "税務部", "Taxation Department", "税務部長"},
    {"MAYOR", "SHIMIN", "市民生活部", "Citizens' Life Department", "市民生活部長"},
    {"MAYOR", "FUKUSHI", "福祉部", "Welfare Department", "福祉部長"},
    {"MAYOR", "KODOMO", "こども未来部", "Children's Future Department", "こども未来部長"},
    {"MAYOR", "KENKO", "健康部", "Health Department", "健康部長"},
    {"MAYOR", "TOSHI", "都市整備部", "Urban Development Department", "都市整備部長"},
    {"MAYOR", "SUIDO", "上下水道部", "Water and Sewerage Department", "上下水道部長"},
    {"MAYOR", "KIKI", "危機管理室", "Crisis Management Office", "危機管理室長"},
    {"MAYOR", "KAIKEI", "会計室", "Accounting Office", "会計管理者"},
    {"SENKAN", "SENKYO", "選挙管理委員会事務局",
     "Secretariat of the Election Administration Commission", "選挙管理委員会事務局長"},
    {"KANSA", "KANSA", "監査委員事務局", "Secretariat of the Audit Commissioners",
     "監査委員事務局長"},
    {"KOTEI", "KOTEI", "固定資産評価審査委員会事務局",
     "Secretariat of the Fixed Asset Evaluation Review Board", "固定資産評価審査委員会事務局長"},
    {"NOGYO", "NOGYO", "農業委員会事務局", "Secretariat of the Agricultural Committee",
     "農業委員会事務局長"},
};

// The terminal and USB counts feed the generated (1) assets: every section has PCs, those doing
// My Number work also have terminals in that segment.
struct SectionRow {
    const char* department;
    const char* code;
    const char* nameJa;
    const char* nameEn;
    const char* place;
    int lgwanPcs;
    int myNumberPcs;
    int internetPcs;
    int usbSticks;
};

const SectionRow kSections[] = {
    {"GIJI", "GIJI-GIJI", "議事課", "Proceedings Division", "本庁舎5階", 2, 0, 1, 1},
    {"GIJI", "GIJI-SHOMU", "庶務調査課", "General Affairs and Research Division", "本庁舎5階", 1, 0,
     0, 0},
    {"SEISAKU", "SEI-KIKAKU", "企画政策課", "Planning and Policy Division", "本庁舎3階", 2, 0, 0,
     1},
    {"SEISAKU", "SEI-JOHO", "情報政策課", "Information Policy Division", "本庁舎3階", 3, 1, 2, 2},
    {"SEISAKU", "SEI-KOHO", "広報広聴課", "Public Relations and Public Hearing Division",
     "本庁舎3階", 2, 0, 2, 1},
    {"SOM", "SOM-SOMU", "総務課", "General Affairs Division", "本庁舎2階", 2, 0, 0, 1},
    {"SOM", "SOM-JINJI", "人事課", "Personnel Division", "本庁舎2階", 2, 0, 0, 1},
    {"SOM", "SOM-ZAISEI", "財政課", "Finance Division", "本庁舎2階", 1, 0, 0, 0},
    {"SOM", "SOM-KANZAI", "管財課", "Property Management Division", "本庁舎2階", 1, 0, 0, 0},
    {"ZEI", "ZEI-SHIMIN", "市民税課", "Municipal Inhabitant Tax Division", "本庁舎1階", 2, 3, 0, 1},
    {"ZEI", "ZEI-SHISAN", "資産税課", "Property Tax Division", "本庁舎1階", 2, 2, 0, 0},
    {"ZEI", "ZEI-NOZEI", "納税課", "Tax Collection Division", "本庁舎1階", 1, 2, 0, 1},
    {"SHIMIN", "SHI-SHIMIN", "市民課", "Citizens Division", "本庁舎1階", 3, 3, 0, 1},
    {"SHIMIN", "SHI-HOKEN", "保険年金課", "Health Insurance and Pension Division", "本庁舎1階", 2,
     2, 0, 1},
    {"SHIMIN", "SHI-KANKYO", "環境保全課", "Environmental Conservation Division", "第2庁舎2階", 2,
     0, 0, 1},
    {"SHIMIN", "SHI-KYODO", "市民協働課", "Civic Collaboration Division", "本庁舎2階", 1, 0, 0, 0},
    {"FUKUSHI", "FUK-SEIKATSU", "生活福祉課", "Public Assistance Division", "第2庁舎1階", 2, 2, 0,
     0},
    {"FUKUSHI", "FUK-SHOGAI", "障がい福祉課", "Disability Welfare Division", "第2庁舎1階", 1, 2, 0,
     0},
    {"FUKUSHI", "FUK-KOREI", "高齢介護課", "Elderly and Long-Term Care Division", "第2庁舎1階", 2,
     2, 0, 1},
    {"FUKUSHI", "FUK-CHIIKI", "地域福祉課", "Community Welfare Division", "第2庁舎2階", 1, 0, 0, 0},
    {"KODOMO", "KOD-KOSODATE", "子育て支援課", "Child-Rearing Support Division", "本庁舎1階", 2, 2,
     0, 0},
    {"KODOMO", "KOD-HOIKU", "保育課", "Childcare Division", "本庁舎1階", 1, 1, 0, 0},
    {"KODOMO", "KOD-KATEI", "こども家庭相談課", "Child and Family Consultation Division",
     "第2庁舎3階", 2, 0, 0, 0},
    {"KENKO", "KEN-SUISHIN", "健康推進課", "Health Promotion Division", "保健センター1階", 2, 1, 0,
     1},
    {"KENKO", "KEN-YOBO", "保健予防課", "Disease Prevention Division", "保健センター2階", 1, 1, 0,
     0},
    {"TOSHI", "TOS-KEIKAKU", "都市計画課", "Urban Planning Division", "本庁舎4階", 2, 0, 0, 1},
    {"TOSHI", "TOS-DORO", "道路河川課", "Roads and Rivers Division", "本庁舎4階", 2, 0, 0, 1},
    {"TOSHI", "TOS-KENCHIKU", "建築指導課", "Building Guidance Division", "本庁舎4階", 1, 0, 0, 0},
    {"TOSHI", "TOS-KOEN", "公園緑地課", "Parks and Green Spaces Division", "本庁舎4階", 1, 0, 0, 0},
    {"SUIDO", "SUI-RYOKIN", "料金課", "Water Billing Division", "上下水道部庁舎1階", 2, 0, 0, 0},
    {"SUIDO", "SUI-KOMU", "水道工務課", "Waterworks Engineering Division", "上下水道部庁舎2階", 1,
     0, 0, 0},
    {"SUIDO", "SUI-GESUI", "下水道課", "Sewerage Division", "上下水道部庁舎2階", 1, 0, 0, 0},
    {"KIKI", "KIK-KIKI", "危機管理課", "Crisis Management Division", "本庁舎4階", 2, 0, 1, 1},
    {"KAIKEI", "KAI-KAIKEI", "会計課", "Accounting Division", "本庁舎2階", 2, 0, 0, 0},
    {"SENKYO", "SEN-SENKYO", "選挙課", "Elections Division", "本庁舎5階", 1, 1, 0, 0},
    {"KANSA", "KAN-KANSA", "監査課", "Audit Division", "本庁舎5階", 1, 0, 0, 0},
    {"KOTEI", "KOT-SHINSA", "審査課", "Review Division", "本庁舎2階", 1, 0, 0, 0},
    {"NOGYO", "NOG-NOCHI", "農地課", "Farmland Division", "本庁舎4階", 1, 0, 0, 0},
};

// Common surnames and given names, combined at random: plausible, and nobody in particular.
struct NameRow {
    const char* kanji;
    const char* romaji;
};

const NameRow kSurnames[] = {
    {"佐藤", "sato"},       {"鈴木", "suzuki"},    {"高橋", "takahashi"}, {"田中", "tanaka"},
    {"伊藤", "ito"},        {"渡辺", "watanabe"},  {"山本", "yamamoto"},  {"中村", "nakamura"},
    {"小林", "kobayashi"},  {"加藤", "kato"},      {"吉田", "yoshida"},   {"山田", "yamada"},
    {"佐々木", "sasaki"},   {"山口", "yamaguchi"}, {"松本", "matsumoto"}, {"井上", "inoue"},
    {"木村", "kimura"},     {"林", "hayashi"},     {"斎藤", "saito"},     {"清水", "shimizu"},
    {"山崎", "yamazaki"},   {"森", "mori"},        {"池田", "ikeda"},     {"橋本", "hashimoto"},
    {"阿部", "abe"},        {"石川", "ishikawa"},  {"山下", "yamashita"}, {"中島", "nakajima"},
    {"石井", "ishii"},      {"小川", "ogawa"},     {"前田", "maeda"},     {"岡田", "okada"},
    {"長谷川", "hasegawa"}, {"藤田", "fujita"},    {"後藤", "goto"},      {"近藤", "kondo"},
    {"村上", "murakami"},   {"遠藤", "endo"},      {"青木", "aoki"},      {"坂本", "sakamoto"},
    {"西村", "nishimura"},  {"福田", "fukuda"},    {"太田", "ota"},       {"三浦", "miura"},
    {"藤原", "fujiwara"},   {"岡本", "okamoto"},   {"松田", "matsuda"},   {"中川", "nakagawa"},
    {"原田", "harada"},     {"小野", "ono"},       {"竹内", "takeuchi"},  {"金子", "kaneko"},
    {"和田", "wada"},       {"中野", "nakano"},    {"上田", "ueda"},      {"森田", "morita"},
    {"野口", "noguchi"},    {"大塚", "otsuka"},    {"千葉", "chiba"},     {"荒木", "araki"},
};

const NameRow kGivenNames[] = {
    {"健一", "kenichi"},  {"誠", "makoto"},     {"大輔", "daisuke"},  {"直樹", "naoki"},
    {"拓也", "takuya"},   {"浩二", "koji"},     {"和也", "kazuya"},   {"翔太", "shota"},
    {"隆", "takashi"},    {"修", "osamu"},      {"聡", "satoshi"},    {"雄太", "yuta"},
    {"洋平", "yohei"},    {"亮", "ryo"},        {"剛", "tsuyoshi"},   {"智也", "tomoya"},
    {"英樹", "hideki"},   {"俊介", "shunsuke"}, {"康弘", "yasuhiro"}, {"慎吾", "shingo"},
    {"純一", "junichi"},  {"美咲", "misaki"},   {"陽子", "yoko"},     {"裕子", "yuko"},
    {"恵", "megumi"},     {"由美", "yumi"},     {"真理子", "mariko"}, {"智子", "tomoko"},
    {"麻衣", "mai"},      {"彩", "aya"},        {"奈々", "nana"},     {"千尋", "chihiro"},
    {"久美子", "kumiko"}, {"明美", "akemi"},    {"沙織", "saori"},    {"里美", "satomi"},
    {"香織", "kaori"},    {"典子", "noriko"},   {"理恵", "rie"},      {"綾香", "ayaka"},
    {"友美", "tomomi"},   {"春香", "haruka"},   {"涼子", "ryoko"},    {"直美", "naomi"},
    {"和子", "kazuko"},   {"幸子", "sachiko"},  {"悠斗", "yuto"},     {"大樹", "daiki"},
};

const char* const kStaffTitles[] = {"主査", "主任", "係員"};

// ---------------------------------------------------------------------------------------------
// Contractors and cloud services (第7条(8)): fictional companies.

const char* const kContractors[] = {
    "みなみ野情報システム株式会社",     // 0
    "株式会社あおば行政システム",       // 1
    "南星電算株式会社",                 // 2
    "株式会社ひまわりネットワークス",   // 3
    "こもれびクラウドサービス株式会社", // 4
    "株式会社ほしぞらデータセンター",   // 5
    "株式会社しらかば設備",             // 6
    "株式会社つばさ防災通信",           // 7
    "株式会社たんぽぽ福祉システム",     // 8
    "ことのは議事録センター株式会社",   // 9
    "株式会社せせらぎ計装",             // 10
};

struct CloudRow {
    const char* service;
    const char* certification;
    int contractor;
};

const CloudRow kClouds[] = {
    {"ガバメントクラウド（標準準拠システム）", "ISMAP", 0},         // 0
    {"ガバメントクラウド（標準準拠システム）", "ISMAP", 1},         // 1
    {"こもれびCMSクラウド", "ISMAP-LIU", 4},                        // 2
    {"会議録検索クラウドサービス", "ISMAP-LIU", 9},                 // 3
    {"議会映像配信サービス", "", 9},                                // 4
    {"ひまわり施設予約クラウド", "ISMAP-LIU", 3},                   // 5
    {"電子申請サービス（LGWAN-ASP）", "LGWAN-ASP", 1},              // 6
    {"緊急情報メール配信サービス", "ISMAP-LIU", 7},                 // 7
    {"LINE公式アカウント・X（市公式アカウント）", "", 4},           // 8
    {"県域自治体情報セキュリティクラウド", "", 5},                  // 9
    {"電子入札共同利用システム", "ISMAP", 2},                       // 10
    {"グループウェア（LGWAN-ASP）", "LGWAN-ASP", 3},                // 11
    {"例規集クラウドサービス", "ISMAP-LIU", 2},                     // 12
    {"ふるさと納税 寄附管理サービス（LGWAN-ASP）", "LGWAN-ASP", 4}, // 13
    {"健診・予防接種オンライン予約サービス", "ISMAP-LIU", 8},       // 14
    {"粗大ごみ受付サービス（LGWAN-ASP）", "LGWAN-ASP", 1},          // 15
    {"わがまちマップ公開サービス", "ISMAP-LIU", 2},                 // 16
    {"電子FAXサービス（LGWAN-ASP）", "LGWAN-ASP", 3},               // 17
};

// ---------------------------------------------------------------------------------------------
// Category (1) assets named one by one. Levels run together as C, I, A: "3B22" is C3B-I2-A2.
// segment: M My Number, L LGWAN, I Internet, N none; personal: - none, P personal,
// S sensitive, M My Number. A null note is derived from the levels.

struct InfraRow {
    const char* tag; // referred to by livesOn of later rows
    const char* livesOn;
    const char* section;
    const char* type;
    const char* name;
    const char* description;
    const char* levels;
    char segment;
    char personal;
    int contractor; // -1: in-house
    int cloud;      // -1: not a cloud service
    const char* recovery;
    const char* location;
    const char* scope;
    const char* note;
};

const InfraRow kInfrastructure[] = {
    // 情報政策課: the shared infrastructure of all three segments
    {"srvroom", nullptr, "SEI-JOHO", "facility", "サーバ室（本庁舎3階）",
     "基幹系・情報系のサーバ及びネットワーク機器を設置する部屋。"
     "ICカードと暗証番号による入退室管理、監視カメラ及びガス系消火設備を備える。",
     "3B22", 'N', '-', 6, -1, "24時間", "本庁舎3階 サーバ室",
     "情報政策課職員及び保守委託事業者（入室許可者のみ）",
     "マイナンバー利用事務系のサーバを収容するため、物理的保護の水準を機密性3Bとした。"
     "被災・停止時は全庁の業務が止まるため完全性・可用性2。"},
    {"ups", "srvroom", "SEI-JOHO", "facility", "サーバ室 無停電電源装置（UPS）",
     "サーバ室の無停電電源装置と非常用発電機への切替盤。停電時に約30分間給電し、"
     "その間に発電機へ切り替える。",
     "112", 'N', '-', 6, -1, "4時間", "本庁舎3階 サーバ室 電源盤",
     "情報政策課職員及び保守委託事業者",
     "情報を保持しない設備のため機密性1。停電時にサーバの異常停止を防ぐ設備であり可用性2。"},
    {"aircon", "srvroom", "SEI-JOHO", "facility", "サーバ室 空調設備",
     "サーバ室専用のパッケージ空調（2系統冗長）。温度異常時は情報政策課へ警報メールを送信する。",
     "112", 'N', '-', 6, -1, "8時間", "本庁舎3階 サーバ室・屋上室外機置場",
     "情報政策課職員及び保守委託事業者",
     "情報を保持しない設備のため機密性1。停止するとサーバが熱停止するおそれがあるため可用性2。"},
    {"vault", nullptr, "SEI-JOHO", "facility", "バックアップ媒体保管庫（第2庁舎）",
     "バックアップ媒体を遠隔地保管するための耐火金庫を設置した保管室。", "3B21", 'N', '-', -1, -1,
     nullptr, "第2庁舎地下1階 保管庫", "情報政策課職員（鍵管理者のみ）", nullptr},
    {"lancore", "srvroom", "SEI-JOHO", "network", "庁内LAN基幹スイッチ",
     "LGWAN接続系のコアスイッチ（2台冗長構成）。各フロアのフロアスイッチ及び出先機関"
     "回線を収容する。",
     "3C22", 'L', '-', 3, -1, "4時間", "本庁舎3階 サーバ室 ラックA", "全庁職員",
     "機密性3Cの情報が経由するため機密性3C。停止すると全庁の業務が止まるため可用性2。"},
    {"mnswitch", "srvroom", "SEI-JOHO", "network", "マイナンバー利用事務系 ネットワークスイッチ",
     "マイナンバー利用事務系の端末とサーバを接続する専用スイッチ。"
     "他の領域とは物理的に分離している。",
     "3B22", 'M', '-', 3, -1, "4時間", "本庁舎3階 サーバ室 ラックB",
     "マイナンバー利用事務系端末の利用職員", nullptr},
    {"lgwanrt", "srvroom", "SEI-JOHO", "network", "LGWAN接続ルータ",
     "LGWAN回線を終端するルータ。地方公共団体情報システム機構（J-LIS）"
     "の接続基準に従って設定を管理する。",
     "3C22", 'L', '-', 3, -1, "4時間", "本庁舎3階 サーバ室 ラックA", "全庁職員", nullptr},
    {"inetfw", "srvroom", "SEI-JOHO", "network", "インターネット接続系 ファイアウォール",
     "自治体情報セキュリティクラウドとの接続点に設置したファイアウォール（UTM）。", "222", 'I', '-',
     3, -1, "8時間", "本庁舎3階 サーバ室 ラックC", "全庁職員", nullptr},
    {"wifi", nullptr, "SEI-JOHO", "network", "庁舎内無線LAN（LGWAN接続系）",
     "会議室及び執務室に設置した無線LANアクセスポイント（32台）。証明書による端末認証を行う。",
     "221", 'L', '-', 3, -1, nullptr, "本庁舎各階 天井設置", "全庁職員（登録端末のみ）", nullptr},
    {"branch", nullptr, "SEI-JOHO", "network", "出先機関接続回線（閉域網）",
     "保健センター、第2庁舎及び上下水道部庁舎と本庁舎を結ぶ閉域網回線。", "3C22", 'L', '-', 3, -1,
     "8時間", "本庁舎3階 サーバ室 回線終端装置", "全庁職員", nullptr},
    {"seccloud", nullptr, "SEI-JOHO", "network", "自治体情報セキュリティクラウド接続回線",
     "県が共同調達した自治体情報セキュリティクラウドを経由するインターネット接続。"
     "Webフィルタリング及びメール中継を含む。",
     "222", 'I', '-', -1, 9, "8時間", "県域自治体情報セキュリティクラウド（県データセンター）",
     "全庁職員", nullptr},
    {"vmmn", "srvroom", "SEI-JOHO", "server", "マイナンバー利用事務系 仮想化基盤サーバ",
     "庁内で稼働する住民情報系システム（選挙、滞納管理等）の仮想化基盤。"
     "ホスト3台と共有ストレージで構成する。",
     "3B22", 'M', 'M', 0, -1, "4時間", "本庁舎3階 サーバ室 ラックB",
     "情報政策課職員及び保守委託事業者", nullptr},
    {"vmlg", "srvroom", "SEI-JOHO", "server", "LGWAN接続系 仮想化基盤サーバ",
     "文書管理、財務会計、人事給与等のLGWAN接続系システムを稼働させる仮想化基盤（ホスト4台）。",
     "3B22", 'L', 'S', 0, -1, "8時間", "本庁舎3階 サーバ室 ラックA",
     "情報政策課職員及び保守委託事業者",
     "避難行動要支援者名簿等の機密性3Bの情報を扱うシステムが稼働するため機密性3B。"
     "停止すると多くの業務が止まるため完全性・可用性2。"},
    {"fileserver", "vmlg", "SEI-JOHO", "server", "ファイルサーバ（LGWAN接続系）",
     "各課の共有フォルダを提供するファイルサーバ。アクセス権は課単位で設定し、"
     "操作ログを取得している。",
     "3C22", 'L', 'P', 0, -1, "24時間", "本庁舎3階 サーバ室 ラックA", "全庁職員（課別アクセス権）",
     nullptr},
    {"ad", "vmlg", "SEI-JOHO", "server", "認証サーバ（Active Directory）",
     "職員アカウント及びLGWAN接続系端末の認証とグループポリシーの配布を行う。", "3C22", 'L', 'P', 0,
     -1, "4時間", "本庁舎3階 サーバ室 ラックA", "全庁職員", nullptr},
    {"mugai", "srvroom", "SEI-JOHO", "server", "無害化通信サーバ",
     "インターネット接続系で受信したメール・ファイルを無害化（ファイル形式の変換、"
     "マクロ・スクリプトの除去）してLGWAN接続系へ渡すサーバ。",
     "3C22", 'L', '-', 0, -1, "8時間", "本庁舎3階 サーバ室 ラックC", "全庁職員",
     "第7条(3)イの無害化通信を担い、不正な通信を許すと領域の分離が崩れるため機密性3C・完全性2。"
     "停止すると外部とのメールが滞るため可用性2。"},
    {"bkmn", "srvroom", "SEI-JOHO", "server", "バックアップサーバ（マイナンバー利用事務系）",
     "マイナンバー利用事務系サーバのデータを日次で取得して世代管理し、週次でLTOテープへ書き出す。",
     "3B22", 'M', 'M', 0, -1, "24時間", "本庁舎3階 サーバ室 ラックB", "情報政策課職員（運用担当）",
     nullptr},
    {"bklg", "srvroom", "SEI-JOHO", "server", "バックアップサーバ（LGWAN接続系）",
     "LGWAN接続系の仮想化基盤とファイルサーバのデータを日次で取得し、世代管理する。", "3B22", 'L',
     'S', 0, -1, "24時間", "本庁舎3階 サーバ室 ラックA", "情報政策課職員（運用担当）", nullptr},
    {"av", "vmlg", "SEI-JOHO", "server", "ウイルス対策管理サーバ",
     "端末及びサーバのウイルス対策ソフトへの定義ファイル配信と検知ログの集約を行う。", "222", 'L',
     '-', 0, -1, "24時間", "本庁舎3階 サーバ室 ラックA", "全庁職員", nullptr},
    {"oldfax", "vmlg", "SEI-JOHO", "server", "FAX送受信サーバ",
     "庁内のFAX送受信を電子化していたサーバ。受信したFAXを各課の共有フォルダへ配信していた。",
     "221", 'L', 'P', 0, -1, nullptr, "本庁舎3階 サーバ室 ラックA", "全庁職員", nullptr},
    {"assetmgmt", "vmlg", "SEI-JOHO", "system", "IT資産管理・操作ログ管理システム",
     "端末の操作ログ、外部記録媒体の利用状況及びソフトウェアの導入状況を管理する。", "3C22", 'L',
     'P', 0, -1, "24時間", "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）",
     "情報政策課職員（運用担当）", nullptr},
    {"groupware", nullptr, "SEI-JOHO", "system", "グループウェア",
     "スケジュール、施設予約、掲示板及び庁内メールを提供する。", "221", 'L', 'P', -1, 11, nullptr,
     "LGWAN-ASP事業者データセンター", "全庁職員", nullptr},
    {"oldgw", "vmlg", "SEI-JOHO", "system", "旧グループウェア（庁内設置型）",
     "LGWAN-ASPへ移行する前に庁内サーバで運用していたグループウェア。", "221", 'L', 'P', 0, -1,
     nullptr, "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）", "全庁職員", nullptr},
    {"efax", nullptr, "SEI-JOHO", "system", "電子FAXサービス",
     "FAXの送受信をLGWAN-ASPで行い、受信したFAXを担当課へ電子的に配信する。", "221", 'L', 'P', -1,
     17, nullptr, "LGWAN-ASP事業者データセンター", "全庁職員", nullptr},
    {"vbrowser", "srvroom", "SEI-JOHO", "system", "インターネット接続系 仮想ブラウザ",
     "LGWAN接続系端末からインターネットを閲覧するための画面転送型の仮想ブラウザ。"
     "ファイルの取込みは無害化通信サーバを経由する。",
     "211", 'I', '-', 0, -1, nullptr, "本庁舎3階 サーバ室 ラックC", "全庁職員", nullptr},
    {"atena", "vmmn", "SEI-JOHO", "system", "団体内統合宛名システム",
     "住民の宛名情報と個人番号を一元管理し、中間サーバーを介した情報連携の照会・提供を行う。",
     "3B22", 'M', 'M', 0, -1, "8時間", "本庁舎3階 サーバ室（マイナンバー利用事務系仮想化基盤）",
     "関係課の情報連携担当職員", nullptr},
    {"lto", nullptr, "SEI-JOHO", "media", "バックアップ用LTOテープ（マイナンバー利用事務系）",
     "マイナンバー利用事務系サーバの週次フルバックアップ媒体（暗号化済み、8世代）。"
     "遠隔地の保管庫で管理する。",
     "3B22", 'M', 'M', -1, -1, nullptr, "第2庁舎地下1階 保管庫 耐火金庫",
     "情報政策課職員（鍵管理者のみ）", nullptr},
    {"exthdd", nullptr, "SEI-JOHO", "media", "外付けハードディスク（ファイルサーバ月次退避用）",
     "ファイルサーバの月次退避データを格納する暗号化機能付きハードディスク（2台を交互に使用）。",
     "3C22", 'N', 'P', -1, -1, nullptr, "第2庁舎地下1階 保管庫 耐火金庫",
     "情報政策課職員（運用担当）", nullptr},
    {"oldhdd", nullptr, "SEI-JOHO", "media", "旧ファイルサーバ 取外しハードディスク（12台）",
     "サーバ更新時に取り外したハードディスク。廃棄までの間、施錠保管していた。", "3C21", 'N', 'P',
     -1, -1, nullptr, "情報政策課 施錠キャビネットJ-5", "情報政策課職員（運用担当）", nullptr},

    // 議会事務局
    {"kaigiroku", nullptr, "GIJI-GIJI", "system", "議会会議録検索システム",
     "本会議・委員会の会議録をインターネットで公開し、発言者・日付・キーワードで検索で"
     "きるようにする。",
     "121", 'I', '-', -1, 3, nullptr, "クラウド事業者データセンター（国内）",
     "市民・全庁職員（公開）",
     "公開済みの会議録のみを掲載するため機密性1。改ざんされると議事の公式記録としての信頼を損"
     "なうため完全性2。"},
    {"chukei", nullptr, "GIJI-GIJI", "system", "議会中継・録画配信システム",
     "本会議の生中継と録画映像をインターネットで配信する。", "111", 'I', '-', -1, 4, nullptr,
     "クラウド事業者データセンター（国内）", "市民（公開）", nullptr},
    {"saiketsu", nullptr, "GIJI-GIJI", "system", "議場電子採決・表示システム",
     "議場の電子採決、発言者表示及び議場内放送を行うスタンドアロンのシステム。", "122", 'N', '-', 6,
     -1, "4時間", "本庁舎5階 議場・議会事務局機器室", "議員及び議事課職員",
     "採決結果は公開されるため機密性1。誤作動は議事に重大な支障を及ぼすため完全性・可用性2。"},

    // 政策企画部
    {"furusato", nullptr, "SEI-KIKAKU", "system", "ふるさと納税 寄附管理システム",
     "ポータルサイト経由の寄附の受付、受領証明書の発行及び返礼品の発送を管理する。", "3C21", 'L',
     'P', -1, 13, nullptr, "LGWAN-ASP事業者データセンター", nullptr, nullptr},
    {"hpcms", nullptr, "SEI-KOHO", "system", "市ホームページCMS",
     "市公式ホームページの記事作成・公開を行うCMS。各課が作成した記事を広報広聴課が承"
     "認して公開する。",
     "122", 'I', '-', -1, 2, "24時間", "クラウド事業者データセンター（国内）",
     "全庁のホームページ担当職員",
     "公開情報のみを扱うため機密性1。改ざんは市の信用を失墜させるため完全性2、"
     "災害時の情報発信に不可欠なため可用性2。"},
    {"sns", nullptr, "SEI-KOHO", "system", "市公式SNSアカウント",
     "LINE公式アカウント及びXの市公式アカウント。運用責任者は広報広聴課長とし、"
     "投稿は承認制とする。",
     "221", 'I', 'P', -1, 8, nullptr, "SNS事業者のサービス上", "広報広聴課職員（運用担当者のみ）",
     "市民からのメッセージを受け付けるため機密性2。乗っ取り・なりすましによる誤情報の発信を"
     "防ぐため完全性2。"},

    // 総務部
    {"bunsho", "vmlg", "SOM-SOMU", "system", "文書管理・電子決裁システム",
     "起案・決裁、文書の収受・施行及び保存期間の管理を行う。", "3C22", 'L', 'P', 1, -1, "24時間",
     "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）", "全庁職員", nullptr},
    {"reiki", nullptr, "SOM-SOMU", "system", "例規集データベース",
     "条例・規則等の例規を庁内及びホームページで公開する。", "121", 'I', '-', -1, 12, nullptr,
     "クラウド事業者データセンター（国内）", "市民・全庁職員（公開）", nullptr},
    {"jinkyu", "vmlg", "SOM-JINJI", "system", "人事給与システム",
     "職員の人事記録、給与計算、年末調整及び源泉徴収の事務を行う。", "3C22", 'L', 'S', 2, -1,
     "48時間", "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）", "人事課職員（人事・給与担当のみ）",
     nullptr},
    {"yosan", "vmlg", "SOM-ZAISEI", "system", "予算編成システム",
     "各課の予算要求の入力、査定及び予算書の作成を行う。", "3C21", 'L', '-', 2, -1, nullptr,
     "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）", "全庁の予算担当職員", nullptr},
    {"koyu", "vmlg", "SOM-KANZAI", "system", "公有財産管理システム",
     "土地・建物等の公有財産台帳と貸付・使用許可の管理を行う。", "221", 'L', 'P', 2, -1, nullptr,
     "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）", nullptr, nullptr},
    {"nyusatsu", nullptr, "SOM-KANZAI", "system", "電子入札システム（県内共同利用）",
     "県内市町村で共同利用する電子入札システム。入札参加資格の審査と開札を行う。", "222", 'I', '-',
     -1, 10, "24時間", "共同利用センター（クラウド）", "管財課職員・入札参加事業者",
     "開札前の入札書は暗号化され市でも参照できないため機密性2。入札結果の改ざん・停止は公正な契約"
     "事務を損なうため完全性・可用性2。"},
    {"camera", nullptr, "SOM-KANZAI", "facility", "庁舎防犯カメラ設備",
     "本庁舎出入口・駐車場の防犯カメラ（16台）と録画装置。録画は14日間保存する。", "221", 'N', 'P',
     6, -1, nullptr, "本庁舎1階 防災センター", "管財課職員（映像の閲覧は課長の許可制）", nullptr},

    // 税務部
    {"zeimu", nullptr, "ZEI-SHIMIN", "system", "税務総合システム（住民税・固定資産税）",
     "個人住民税、法人市民税、固定資産税及び軽自動車税の賦課と収納を管理する標準準拠システム。"
     "ガバメントクラウド上で稼働する。",
     "3B22", 'M', 'M', -1, 1, "24時間", "ガバメントクラウド（国内リージョン）", "税務部職員",
     "課税情報と個人番号を含み、漏えい時の被害が全納税者に及ぶため機密性3B。"
     "税額の誤りは住民の権利を侵害するため完全性2、賦課・収納事務の期限を守るため可用性2。"},
    {"oldzeimu", "vmmn", "ZEI-SHIMIN", "system", "旧税務システム（標準化移行前）",
     "標準準拠システムへの移行前に使用していた税務システム。"
     "移行後は過年度分の参照にのみ使用していた。",
     "3B22", 'M', 'M', 0, -1, nullptr, "本庁舎3階 サーバ室（マイナンバー利用事務系仮想化基盤）",
     "税務部職員", nullptr},
    {"eltax", "vmmn", "ZEI-SHIMIN", "system", "eLTAX受付・審査システム",
     "給与支払報告書・公的年金等支払報告書等の電子データを地方税ポータルシステム（eLTAX）"
     "から受信し、税務総合システムへ取り込む。",
     "3B22", 'M', 'M', 0, -1, "24時間", "本庁舎3階 サーバ室（マイナンバー利用事務系仮想化基盤）",
     nullptr, nullptr},
    {"kaoku", "vmlg", "ZEI-SHISAN", "system", "家屋評価システム",
     "新築・増築家屋の評価計算と評価調書の作成を行う。", "3C21", 'L', 'P', 2, -1, nullptr,
     "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）", nullptr, nullptr},
    {"taino", "vmmn", "ZEI-NOZEI", "system", "滞納管理システム",
     "滞納者との折衝記録、財産調査及び差押え等の滞納処分を管理する。", "3B22", 'M', 'M', 0, -1,
     "24時間", "本庁舎3階 サーバ室（マイナンバー利用事務系仮想化基盤）", nullptr, nullptr},

    // 市民生活部
    {"juki", nullptr, "SHI-SHIMIN", "system", "住民基本台帳システム",
     "住民記録の異動処理、住民票の写し等の証明書発行及び住民基本台帳ネットワークとの連携を行う標"
     "準準拠システム。",
     "3B22", 'M', 'M', -1, 0, "4時間", "ガバメントクラウド（国内リージョン）",
     "市民課職員・関係課職員（参照権限者）",
     "住民の氏名・住所・個人番号等を記録し、漏えい時の被害が全住民に及ぶため機密性3B。"
     "記録の誤りや停止は住民の権利に直結するため完全性・可用性2。"},
    {"oldjuki", "vmmn", "SHI-SHIMIN", "system", "旧住民記録システム（標準化移行前）",
     "標準準拠システムへの移行前に使用していた住民記録システム。", "3B22", 'M', 'M', 0, -1, nullptr,
     "本庁舎3階 サーバ室（マイナンバー利用事務系仮想化基盤）", "市民課職員", nullptr},
    {"cs", "srvroom", "SHI-SHIMIN", "server", "住基ネット コミュニケーションサーバ（CS）",
     "住民基本台帳ネットワークシステムの市町村CS。本人確認情報を都道府県サーバへ送信する。", "3B22",
     'M', 'M', 0, -1, "4時間", "本庁舎3階 サーバ室 ラックB", "市民課職員（住基ネット操作者のみ）",
     nullptr},
    {"conveni", "vmmn", "SHI-SHIMIN", "system", "コンビニ交付システム",
     "マイナンバーカードを利用したコンビニエンスストアでの証明書交付を、"
     "証明書交付センターを経由して行う。",
     "3B22", 'M', 'P', 0, -1, "8時間", "本庁舎3階 サーバ室（マイナンバー利用事務系仮想化基盤）",
     nullptr, nullptr},
    {"koseki", "srvroom", "SHI-SHIMIN", "system", "戸籍情報システム",
     "戸籍の記載・証明書発行を行い、法務省の戸籍情報連携システムと接続する。", "3B22", 'M', 'P', 0,
     -1, "4時間", "本庁舎3階 サーバ室 ラックB", "市民課職員（戸籍担当）", nullptr},
    {"togo", nullptr, "SHI-SHIMIN", "pc", "マイナンバーカード統合端末",
     "マイナンバーカードの交付・暗証番号の再設定等に使用する、地方公共団体情報システム機構（J-LIS"
     "）の統合端末（3台）。",
     "3B21", 'M', 'M', -1, -1, nullptr, "本庁舎1階 市民課 マイナンバーカード窓口",
     "市民課職員（カード交付担当）", nullptr},
    {"kokuho", nullptr, "SHI-HOKEN", "system", "国民健康保険システム",
     "国民健康保険の資格管理、保険税の賦課及び保険給付を行う標準準拠システム。", "3B22", 'M', 'M',
     -1, 1, "24時間", "ガバメントクラウド（国内リージョン）", nullptr, nullptr},
    {"kouki", "vmmn", "SHI-HOKEN", "system", "後期高齢者医療 窓口システム",
     "広域連合の標準システムと接続し、資格の届出受付と保険料の収納管理を行う。", "3B22", 'M', 'M',
     1, -1, "24時間", "本庁舎3階 サーバ室（マイナンバー利用事務系仮想化基盤）", nullptr, nullptr},
    {"nenkin", "vmmn", "SHI-HOKEN", "system", "国民年金システム",
     "国民年金の資格取得届・保険料免除申請の受付と日本年金機構への進達を行う。", "3B21", 'M', 'M',
     1, -1, nullptr, "本庁舎3階 サーバ室（マイナンバー利用事務系仮想化基盤）", nullptr, nullptr},
    {"dvd", nullptr, "SHI-HOKEN", "media", "国保連合会 送付用光ディスク",
     "国民健康保険団体連合会との資格・給付データの授受に使用する暗号化済み光ディスク（DVD-R）。",
     "3B21", 'M', 'M', -1, -1, nullptr, "保険年金課 施錠キャビネットH-2",
     "保険年金課職員（国保給付担当）", nullptr},
    {"sodai", nullptr, "SHI-KANKYO", "system", "粗大ごみ受付システム",
     "粗大ごみの収集申込（電話・インターネット）の受付と収集日程の管理を行う。", "221", 'L', 'P',
     -1, 15, nullptr, "LGWAN-ASP事業者データセンター", nullptr, nullptr},
    {"shisetsu", nullptr, "SHI-KYODO", "system", "公共施設予約システム",
     "公民館・市民会館・体育施設の利用者登録、空き状況の公開及び予約の受付を行う。", "222", 'I',
     'P', -1, 5, "24時間", "クラウド事業者データセンター（国内）",
     "施設所管課職員・利用登録した市民", nullptr},

    // 福祉部
    {"seiho", nullptr, "FUK-SEIKATSU", "system", "生活保護システム",
     "保護の決定、扶助費の算定・支給及びケース記録の管理を行う標準準拠システム。", "3B22", 'M', 'M',
     -1, 1, "24時間", "ガバメントクラウド（国内リージョン）", "生活福祉課職員（ケースワーカー等）",
     nullptr},
    {"shogai", nullptr, "FUK-SHOGAI", "system", "障害福祉システム",
     "身体障害者手帳等の交付管理、障害福祉サービスの支給決定及び給付を行う標準準拠システム。",
     "3B22", 'M', 'M', -1, 1, "24時間", "ガバメントクラウド（国内リージョン）", nullptr, nullptr},
    {"kaigo", nullptr, "FUK-KOREI", "system", "介護保険システム",
     "介護保険の資格管理、要介護認定、保険料の賦課及び給付管理を行う標準準拠システム。", "3B22",
     'M', 'M', -1, 1, "24時間", "ガバメントクラウド（国内リージョン）", nullptr, nullptr},
    {"yoshien", "vmlg", "FUK-CHIIKI", "system", "避難行動要支援者名簿システム",
     "住民記録・障害・介護の情報から避難行動要支援者名簿を作成・更新し、"
     "同意者分を自治会・民生委員等へ提供する名簿を出力する。",
     "3B22", 'L', 'S', 8, -1, "24時間", "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）",
     "地域福祉課職員・危機管理課職員",
     "心身の状態等の要配慮個人情報を含み、漏えい時の被害が大きいため機密性3B。"
     "災害時に直ちに利用できる必要があるため可用性2。"},

    // こども未来部
    {"jidoteate", nullptr, "KOD-KOSODATE", "system", "児童手当システム",
     "児童手当の認定・支給及び現況の確認を行う標準準拠システム。", "3B22", 'M', 'M', -1, 0,
     "24時間", "ガバメントクラウド（国内リージョン）", nullptr, nullptr},
    {"iryohi", nullptr, "KOD-KOSODATE", "system", "子ども医療費助成システム",
     "子ども医療費助成の受給資格と、医療機関からの請求に基づく助成額を管理する。", "3B22", 'M', 'M',
     -1, 0, "24時間", "ガバメントクラウド（国内リージョン）", nullptr, nullptr},
    {"hoiku", nullptr, "KOD-HOIKU", "system", "保育所入所管理システム",
     "保育所等の入所申込、利用調整及び保育料の算定を行う標準準拠システム。", "3B22", 'M', 'M', -1,
     0, "24時間", "ガバメントクラウド（国内リージョン）", nullptr, nullptr},
    {"jidosodan", "vmlg", "KOD-KATEI", "system", "児童家庭相談システム",
     "児童虐待・養育相談の受付、対応の記録及び関係機関との協議の記録を管理する。", "3B22", 'L', 'S',
     8, -1, "24時間", "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）",
     "こども家庭相談課職員（相談担当のみ）", nullptr},

    // 健康部
    {"kenkan", nullptr, "KEN-SUISHIN", "system", "健康管理システム",
     "乳幼児健診、がん検診及び予防接種の記録を管理する標準準拠システム。", "3B22", 'M', 'M', -1, 1,
     "24時間", "ガバメントクラウド（国内リージョン）", "健康推進課・保健予防課職員", nullptr},
    {"yoyaku", nullptr, "KEN-SUISHIN", "system", "健診・予防接種オンライン予約システム",
     "集団健診・予防接種の予約をインターネットで受け付ける。", "221", 'I', 'P', -1, 14, nullptr,
     "クラウド事業者データセンター（国内）", "健康推進課職員・予約する市民", nullptr},

    // 都市整備部
    {"gis", "vmlg", "TOS-KEIKAKU", "system", "統合型GIS",
     "庁内で共用する地図情報システム。都市計画図、道路台帳図、地番図等のレイヤを管理する。", "3C21",
     'L', 'P', 2, -1, nullptr, "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）",
     "全庁職員（レイヤごとに権限を設定）", nullptr},
    {"mappub", nullptr, "TOS-KEIKAKU", "system", "地図情報公開システム",
     "都市計画図・ハザードマップ等をインターネットで公開する。", "111", 'I', '-', -1, 16, nullptr,
     "クラウド事業者データセンター（国内）", "市民（公開）", nullptr},
    {"doro", "vmlg", "TOS-DORO", "system", "道路台帳管理システム",
     "道路台帳図・調書の更新と認定路線の管理を行う。", "221", 'L', '-', 2, -1, nullptr,
     "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）", nullptr, nullptr},
    {"suiicam", nullptr, "TOS-DORO", "network", "河川水位監視カメラ伝送回線",
     "市内3河川の水位監視カメラ映像を本庁舎へ伝送する専用回線。"
     "映像はホームページでも公開している。",
     "112", 'L', '-', 7, -1, "12時間", "本庁舎4階 道路河川課・各河川監視局",
     "道路河川課職員・危機管理課職員", nullptr},
    {"sdcard", nullptr, "TOS-DORO", "media", "現場写真用SDカード",
     "工事・道路パトロール写真の撮影用SDカード（10枚）。撮影後は速やかに共有フォルダへ"
     "移して消去する。",
     "211", 'N', '-', -1, -1, nullptr, "道路河川課 執務室 キャビネットD-1", nullptr, nullptr},
    {"kenchiku", "vmlg", "TOS-KENCHIKU", "system", "建築確認台帳システム",
     "建築確認・検査の受付、台帳管理及び建築計画概要書の閲覧用出力を行う。", "221", 'L', 'P', 2, -1,
     nullptr, "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）", nullptr, nullptr},

    // 上下水道部
    {"ryokin", "vmlg", "SUI-RYOKIN", "system", "上下水道料金システム",
     "水道・下水道使用料の検針データの取込み、調定、収納及び滞納整理を行う。", "3C22", 'L', 'P', 2,
     -1, "24時間", "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）", nullptr, nullptr},
    {"handy", nullptr, "SUI-RYOKIN", "pc", "検針用ハンディターミナル",
     "検針員が使用する携帯端末（20台）。検針データを料金システムへ取り込む。", "3C21", 'N', 'P', 2,
     -1, nullptr, "上下水道部庁舎1階 料金課 充電保管庫", "料金課職員及び検針業務受託者", nullptr},
    {"scada", nullptr, "SUI-KOMU", "system", "水道施設 中央監視制御システム",
     "浄水場・配水池のポンプ運転、水位及び残留塩素濃度を遠隔で監視・制御する。"
     "他のネットワークとは接続していない。",
     "3C22", 'N', '-', 10, -1, "2時間", "上下水道部庁舎1階 中央監視室",
     "水道工務課職員（運転管理担当）及び保守委託事業者",
     "不正な操作が給水停止や水質事故につながるため構成情報を機密性3Cとした。"
     "制御の誤りや停止は市民生活に直結するため完全性・可用性2。"},
    {"telemeter", "scada", "SUI-KOMU", "network", "テレメータ回線（配水池・ポンプ場）",
     "配水池・ポンプ場の計測値を中央監視室へ伝送する専用回線。", "222", 'N', '-', 10, -1, "4時間",
     "上下水道部庁舎1階 中央監視室・各配水池", "水道工務課職員（運転管理担当）", nullptr},
    {"kanshi", nullptr, "SUI-KOMU", "facility", "水道中央監視室",
     "中央監視制御システムの操作卓を設置した部屋。24時間体制で運転を監視し、"
     "入室は生体認証で管理する。",
     "3C22", 'N', '-', -1, -1, "8時間", "上下水道部庁舎1階", "水道工務課職員（運転管理担当）",
     nullptr},
    {"mapping", "vmlg", "SUI-KOMU", "system", "上下水道管路情報管理システム（マッピング）",
     "水道管・下水道管の管路図、属性及び修繕履歴を管理する。", "3C21", 'L', '-', 2, -1, nullptr,
     "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）", "上下水道部職員", nullptr},

    // 危機管理室
    {"bosai", "vmlg", "KIK-KIKI", "system", "防災情報システム",
     "気象・河川情報の収集、避難所の開設状況及び被害情報の集約を行う。", "222", 'L', '-', 7, -1,
     "2時間", "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）", "全庁職員（災害対策本部員）", nullptr},
    {"musen", nullptr, "KIK-KIKI", "network", "防災行政無線（同報系）",
     "親局と屋外拡声子局52局からなる同報系防災行政無線。", "122", 'N', '-', 7, -1, "2時間",
     "本庁舎4階 防災無線室・市内各子局", "危機管理課職員",
     "放送内容は公表を前提とするため機密性1。誤放送・停止は住民の避難行動に直結するため"
     "完全性・可用性2。"},
    {"mailhaishin", nullptr, "KIK-KIKI", "system", "緊急情報メール配信サービス",
     "登録者へ避難情報・気象警報等をメール及びアプリで配信する。", "222", 'I', 'P', -1, 7, "1時間",
     "クラウド事業者データセンター（国内）", "危機管理課職員・登録した市民", nullptr},

    // 会計室
    {"zaimu", "vmlg", "KAI-KAIKEI", "system", "財務会計システム",
     "予算の執行、支出命令、収入・支払及び決算の処理を行う。", "3C22", 'L', 'P', 2, -1, "24時間",
     "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）", "全庁職員（財務担当）", nullptr},
    {"usbkaikei", nullptr, "KAI-KAIKEI", "media", "指定金融機関 送付用暗号化USBメモリ",
     "総合振込データを指定金融機関へ持参するための暗号化USBメモリ（2本を交互に使用）。", "3C22",
     'N', 'P', -1, -1, nullptr, "会計課 金庫", "会計課職員（出納担当のみ）", nullptr},

    // 選挙管理委員会・農業委員会
    {"senkyo", "vmmn", "SEN-SENKYO", "system", "選挙人名簿システム",
     "選挙人名簿の調製・抄本の作成、期日前投票の受付及び投票状況の管理を行う。", "3B22", 'M', 'P',
     0, -1, "4時間", "本庁舎3階 サーバ室（マイナンバー利用事務系仮想化基盤）",
     "選挙課職員・投票事務従事者（選挙時）",
     "住民記録を基に調製する名簿であり漏えい時の被害が大きいため機密性3B。"
     "改ざん・停止は選挙の公正と執行に直結するため完全性・可用性2。"},
    {"kijitsu", nullptr, "SEN-SENKYO", "pc", "期日前投票所 受付用ノートPC",
     "期日前投票所で選挙人名簿の照合に使用するノートPC（10台）。選挙時のみマイナンバー利用事"
     "務系へ接続する。",
     "3B21", 'M', '-', -1, -1, nullptr, "選挙管理委員会事務局 施錠保管庫",
     "選挙課職員・期日前投票事務従事者", nullptr},
    {"nochi", "vmlg", "NOG-NOCHI", "system", "農地台帳システム",
     "農地の所有者・耕作者及び賃借権等の権利関係を記録する農地台帳を管理し、"
     "公表用データを作成する。",
     "3C21", 'L', 'P', 1, -1, nullptr, "本庁舎3階 サーバ室（LGWAN接続系仮想化基盤）", nullptr,
     nullptr},

    // Terminals replaced or returned: kept on the register as retired or disposed.
    {"oldpc1", nullptr, "SHI-SHIMIN", "pc", "市民課 旧業務用端末 #11（Windows 10）",
     "LGWAN接続系の業務用端末。後継機への更新後、リース返却まで施錠保管している。", "3C21", 'L',
     '-', -1, -1, nullptr, "本庁舎1階 市民課 倉庫", nullptr, nullptr},
    {"oldpc2", nullptr, "ZEI-SHIMIN", "pc", "市民税課 旧業務用端末 #12（Windows 10）",
     "LGWAN接続系の業務用端末（リース）。", "3C21", 'L', '-', -1, -1, nullptr,
     "本庁舎1階 市民税課 倉庫", nullptr, nullptr},
    {"oldpc3", nullptr, "FUK-KOREI", "pc", "高齢介護課 旧業務用端末 #09（Windows 10）",
     "LGWAN接続系の業務用端末。後継機への更新後、リース返却まで施錠保管している。", "3C21", 'L',
     '-', -1, -1, nullptr, "第2庁舎1階 高齢介護課 倉庫", nullptr, nullptr},
    {"brokenusb", nullptr, "SHI-KANKYO", "media", "環境保全課 暗号化USBメモリ #02",
     "庁外との電子データの受渡しに使用していた暗号化機能付きUSBメモリ。", "3C21", 'N', 'P', -1, -1,
     nullptr, "環境保全課 執務室 施錠キャビネット", nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// Category (2) information and (3) system documents. livesOn names the (1) asset holding the
// electronic form; segment, location and cloud details follow from it.

struct InfoRow {
    const char* livesOn;
    const char* section;
    const char* type;
    const char* name;
    const char* description;
    const char* levels;
    char personal;
    const char* retention;
    const char* location; // paper: where it is kept; others: null to inherit
    const char* note;
};

const InfoRow kInformation[] = {
    // 議会事務局
    {"kaigiroku", "GIJI-GIJI", "data", "会議録データ（公開版）",
     "本会議・委員会の会議録の本文と発言者の情報。", "121", '-', "常用", nullptr, nullptr},
    {"chukei", "GIJI-GIJI", "data", "本会議 録画映像データ", "本会議の録画映像（公開中のもの）。",
     "111", '-', "4年", nullptr, nullptr},
    {"saiketsu", "GIJI-GIJI", "data", "電子採決記録データ",
     "議場電子採決システムで記録した議案ごとの賛否。", "122", '-', "常用", nullptr, nullptr},
    {nullptr, "GIJI-GIJI", "paper", "会議録原本（署名議員署名済み）",
     "本会議会議録の原本。会議録署名議員の署名があるもの。", "122", '-', "常用",
     "議会棟 第1書庫 キャビネットA-1",
     "公開された会議録の原本であり機密性1。原本の滅失は回復できないため完全性・可用性2。"},
    {nullptr, "GIJI-GIJI", "paper", "請願書・陳情書",
     "市民等から提出された請願書・陳情書及び署名簿。", "221", 'P', "10年",
     "議会事務局 執務室 施錠書庫", nullptr},
    {"fileserver", "GIJI-SHOMU", "data", "政務活動費 収支報告書データ",
     "会派・議員の政務活動費収支報告書と領収書の画像データ。", "221", 'P', "5年", nullptr, nullptr},
    {nullptr, "GIJI-SHOMU", "paper", "議員報酬・費用弁償 支給台帳",
     "議員の報酬、期末手当及び費用弁償の支給記録（振込口座を含む）。", "3C21", 'P', "5年",
     "議会事務局 執務室 施錠書庫", nullptr},
    {"fileserver", "GIJI-SHOMU", "data", "議会だより 編集原稿データ",
     "議会だより（年4回発行）の編集中の原稿及び写真。", "211", '-', "1年", nullptr, nullptr},
    {"fileserver", "GIJI-GIJI", "specification", "議会会議録検索システム 仕様書",
     "会議録検索システムの機能要件、データ形式及びセキュリティ要件。", "211", '-',
     "システム廃止後5年", nullptr, nullptr},
    {"fileserver", "GIJI-GIJI", "manual", "議場電子採決システム 操作手順書",
     "本会議での採決操作、障害時の挙手採決への切替手順。", "211", '-', "常用", nullptr, nullptr},
    {"fileserver", "GIJI-GIJI", "network_diagram", "議場設備 配線・系統図",
     "議場の採決・音響・映像設備の配線と機器構成を示す系統図。", "211", '-', "常用", nullptr,
     nullptr},

    // 政策企画部
    {"fileserver", "SEI-KIKAKU", "data", "総合計画 進行管理データ",
     "総合計画の施策ごとの指標と進捗評価。", "211", '-', "10年", nullptr, nullptr},
    {nullptr, "SEI-KIKAKU", "paper", "政策会議資料（未公表の政策案を含む）",
     "市長・副市長・部長で構成する政策会議の資料と協議結果の記録。", "3C21", '-', "10年",
     "企画政策課 執務室 施錠書庫",
     "公表前の政策案を含み、漏えいにより行政事務の適正な遂行に支障を及ぼすおそれがあ"
     "るため機密性3C。"},
    {"fileserver", "SEI-KIKAKU", "data", "人口推計・統計データ",
     "国勢調査・住民基本台帳を基にした人口推計と各種統計表（公表済みのもの）。", "111", '-', "常用",
     nullptr, nullptr},
    {"furusato", "SEI-KIKAKU", "data", "ふるさと納税 寄附者情報",
     "寄附者の氏名・住所・寄附額及び返礼品の発送記録。", "3C21", 'P', "5年", nullptr, nullptr},
    {nullptr, "SEI-KIKAKU", "paper", "ふるさと納税 ワンストップ特例申請書",
     "寄附者から郵送されたワンストップ特例申請書と本人確認書類の写し。個人番号の記載がある。",
     "3B21", 'M', "5年", "第2書庫 施錠キャビネットF-1", nullptr},
    {"fileserver", "SEI-JOHO", "data", "IPアドレス管理台帳",
     "端末・サーバのIPアドレス、MACアドレス及び設置場所の一覧。", "3C21", '-', "常用", nullptr,
     nullptr},
    {"ad", "SEI-JOHO", "data", "職員アカウント情報", "職員のログインID、所属及び権限グループ。",
     "3C22", 'P', "常用", nullptr, nullptr},
    {"assetmgmt", "SEI-JOHO", "data", "端末操作ログ・外部媒体利用ログ",
     "端末のログオン・ファイル操作及び外部記録媒体の接続の記録。", "3C21", 'P', "3年", nullptr,
     nullptr},
    {"atena", "SEI-JOHO", "data", "統合宛名データ（宛名番号・個人番号対応）",
     "団体内統合宛名番号と個人番号・基本4情報の対応データ。", "3B22", 'M', "常用", nullptr,
     nullptr},
    {"atena", "SEI-JOHO", "data", "情報提供等記録（情報連携の照会・提供履歴）",
     "中間サーバーを介した情報照会・情報提供の記録。", "3B22", 'M', "7年", nullptr, nullptr},
    {"groupware", "SEI-JOHO", "data", "庁内メール・掲示板データ",
     "庁内メール、掲示板及びスケジュールのデータ。", "221", 'P', "1年", nullptr, nullptr},
    {"efax", "SEI-JOHO", "data", "FAX送受信データ", "電子FAXサービスで送受信したFAXの画像データ。",
     "221", 'P', "1年", nullptr, nullptr},
    {nullptr, "SEI-JOHO", "paper", "情報セキュリティ自己点検 結果報告書",
     "各課から提出された自己点検の結果と改善計画。", "221", '-', "5年",
     "本庁舎3階 情報政策課 書庫 キャビネットJ-2", nullptr},
    {nullptr, "SEI-JOHO", "paper", "外部記録媒体 利用・持出し申請書",
     "USBメモリ等の利用及び庁外持出しの申請と承認の記録。", "211", 'P', "3年",
     "情報政策課 執務室 キャビネットJ-1", nullptr},
    {nullptr, "SEI-JOHO", "paper", "サーバ室 入退室記録簿",
     "委託事業者等がサーバ室へ入室する際に記入する入退室記録簿。", "221", 'P', "3年",
     "本庁舎3階 サーバ室前室 施錠キャビネット", nullptr},
    {nullptr, "SEI-JOHO", "paper", "情報セキュリティインシデント報告書",
     "インシデントの発生報告、原因調査及び再発防止策の記録。", "3C21", '-', "5年",
     "情報政策課 執務室 施錠書庫", nullptr},
    {"fileserver", "SEI-JOHO", "network_diagram", "庁内ネットワーク構成図",
     "LGWAN接続系・マイナンバー利用事務系・インターネット接続系の機器配置、"
     "VLAN及びIPアドレス体系を示す構成図。",
     "3C21", '-', "常用", nullptr, nullptr},
    {"fileserver", "SEI-JOHO", "network_diagram", "マイナンバー利用事務系 ネットワーク構成図",
     "マイナンバー利用事務系の端末・サーバ・中間サーバー接続の構成と通信経路。", "3C21", '-',
     "常用", nullptr, nullptr},
    {"fileserver", "SEI-JOHO", "network_diagram", "インターネット接続系・無害化通信 構成図",
     "自治体情報セキュリティクラウド、仮想ブラウザ及び無害化通信サーバの構成と通信経路。", "221",
     '-', "常用", nullptr, nullptr},
    {"fileserver", "SEI-JOHO", "network_diagram", "出先機関接続 構成図",
     "出先機関と本庁舎を結ぶ閉域網の回線・機器構成。", "221", '-', "常用", nullptr, nullptr},
    {"fileserver", "SEI-JOHO", "specification", "庁内LAN更改 調達仕様書・詳細設計書",
     "令和6年度に実施した庁内LAN更改の調達仕様書と詳細設計書。", "221", '-', "システム廃止後5年",
     nullptr, nullptr},
    {"fileserver", "SEI-JOHO", "specification", "住民情報系システム標準化 移行計画書・設計書",
     "標準準拠システム（ガバメントクラウド）への移行計画、データ移行設計及びテスト計画。", "3C21",
     '-', "10年", nullptr, nullptr},
    {"fileserver", "SEI-JOHO", "manual", "情報システム運用管理手順書",
     "アカウント管理、パッチ適用、ログ確認等の日常運用の手順。", "221", '-', "常用", nullptr,
     nullptr},
    {"fileserver", "SEI-JOHO", "manual", "ICT部門 業務継続計画（ICT-BCP）",
     "大規模災害・システム障害時の復旧の優先順位、手順及び連絡体制。", "222", '-', "常用", nullptr,
     nullptr},
    {"fileserver", "SEI-JOHO", "manual", "バックアップ・リストア手順書",
     "各サーバのバックアップ取得、媒体の遠隔地保管及び復元の手順。", "221", '-', "常用", nullptr,
     nullptr},
    {"fileserver", "SEI-JOHO", "manual", "無害化通信サーバ 設定・運用手順書",
     "無害化の設定値、例外申請の処理及び障害時の切替手順。", "3C21", '-', "常用", nullptr, nullptr},
    {"fileserver", "SEI-JOHO", "manual", "サーバ室 入退室管理手順",
     "サーバ室への入室申請、立会い及び記録の手順。", "211", '-', "常用", nullptr, nullptr},
    {"hpcms", "SEI-KOHO", "data", "ホームページ公開コンテンツ",
     "ホームページに掲載中の記事・添付ファイル。", "121", '-', "常用", nullptr, nullptr},
    {"fileserver", "SEI-KOHO", "data", "広報紙 原稿・写真データ",
     "広報紙の編集原稿と取材写真（写真掲載の同意の記録を含む）。", "211", 'P', "3年", nullptr,
     nullptr},
    {nullptr, "SEI-KOHO", "paper", "市長への手紙（市民の声）",
     "市民から寄せられた意見・要望と回答の記録。", "3C21", 'P', "5年",
     "広報広聴課 執務室 施錠キャビネット", nullptr},
    {"fileserver", "SEI-KOHO", "data", "市民意識調査 回答データ",
     "無作為抽出した市民へのアンケートの回答データ（集計前）。", "221", 'P', "5年", nullptr,
     nullptr},
    {"sns", "SEI-KOHO", "data", "SNS投稿・問合せ履歴",
     "公式アカウントの投稿とメッセージでの問合せの履歴。", "211", 'P', "1年", nullptr, nullptr},
    {"fileserver", "SEI-KOHO", "manual", "市ホームページCMS 記事作成マニュアル",
     "記事の作成・承認・公開の手順とアクセシビリティの確認事項。", "211", '-', "常用", nullptr,
     nullptr},
    {"fileserver", "SEI-KOHO", "manual", "市公式SNS 運用方針・投稿手順",
     "投稿の承認手順、なりすまし・乗っ取り時の対応及びパスワード管理。", "211", '-', "常用",
     nullptr, nullptr},

    // 総務部
    {"bunsho", "SOM-SOMU", "data", "起案・決裁文書データ",
     "電子決裁で起案・決裁した文書と決裁の経過。", "3C22", 'P', "文書分類表による", nullptr,
     nullptr},
    {"bunsho", "SOM-SOMU", "data", "収受・発送文書データ",
     "収受した文書と発送した文書の記録及び画像。", "221", 'P', "5年", nullptr, nullptr},
    {"reiki", "SOM-SOMU", "data", "例規データ", "条例・規則・要綱等の例規の本文と改正履歴。", "121",
     '-', "常用", nullptr, nullptr},
    {nullptr, "SOM-SOMU", "paper", "情報公開請求書・保有個人情報開示請求書",
     "請求書と決定通知書の控え。", "3C21", 'P', "5年", "本庁舎2階 総務課 書庫 キャビネットA-2",
     nullptr},
    {nullptr, "SOM-SOMU", "paper", "歴史公文書（移管文書）",
     "保存期間の満了後、歴史資料として重要なため移管された公文書。", "222", 'P', "常用",
     "第2書庫 歴史公文書庫", nullptr},
    {"fileserver", "SOM-SOMU", "manual", "文書管理・電子決裁システム 操作マニュアル",
     "起案、決裁、文書の収受及び保存期間の設定の操作方法。", "211", '-', "常用", nullptr, nullptr},
    {"jinkyu", "SOM-JINJI", "data", "職員人事記録",
     "職員の経歴、異動、研修、懲戒処分及び休職等の記録。", "3C22", 'S', "常用", nullptr, nullptr},
    {"jinkyu", "SOM-JINJI", "data", "給与・手当 支給データ",
     "給与・手当の支給額、控除及び振込先口座。", "3C22", 'P', "5年", nullptr, nullptr},
    {"jinkyu", "SOM-JINJI", "data", "人事評価記録", "職員の能力評価・業績評価の結果と面談の記録。",
     "3C21", 'P', "5年", nullptr, nullptr},
    {nullptr, "SOM-JINJI", "paper", "職員 定期健康診断・ストレスチェック結果",
     "職員の定期健康診断の結果票とストレスチェックの結果。", "3C21", 'S', "5年",
     "人事課 施錠書庫 キャビネットH-1", nullptr},
    {nullptr, "SOM-JINJI", "paper", "職員採用試験 答案・面接評価票",
     "採用試験の答案、面接の評価票及び受験申込書。", "3C21", 'P', "1年",
     "人事課 施錠書庫 キャビネットH-3", nullptr},
    {"fileserver", "SOM-JINJI", "specification", "人事給与システム 仕様書",
     "人事給与システムの機能要件、帳票及び他システムとの連携の仕様。", "221", '-',
     "システム廃止後5年", nullptr, nullptr},
    {"yosan", "SOM-ZAISEI", "data", "予算要求・査定データ",
     "各課の予算要求と査定の経過（公表前の予算案を含む）。", "3C21", '-', "5年", nullptr,
     "公表前の予算案を含み、漏えいにより入札等の公正な事務の執行に支障を及ぼすおそれがあ"
     "るため機密性3C。"},
    {"yosan", "SOM-ZAISEI", "data", "予算書・決算書（公表版）",
     "議決後に公表した予算書・決算書のデータ。", "121", '-', "常用", nullptr, nullptr},
    {nullptr, "SOM-ZAISEI", "paper", "地方債 借入関係書類",
     "地方債の借入申込、同意・許可及び償還計画の書類。", "221", '-', "30年",
     "本庁舎地下 第1書庫 キャビネットZ-3", nullptr},
    {"koyu", "SOM-KANZAI", "data", "公有財産台帳データ",
     "土地・建物の所在、面積、取得価格及び貸付の状況。", "221", '-', "常用", nullptr, nullptr},
    {"nyusatsu", "SOM-KANZAI", "data", "入札参加資格者名簿",
     "入札参加資格の審査結果（公表している名簿）。", "121", '-', "5年", nullptr, nullptr},
    {"camera", "SOM-KANZAI", "data", "防犯カメラ録画データ",
     "庁舎防犯カメラの録画映像（14日間で自動的に上書き）。", "221", 'P', "14日", nullptr, nullptr},
    {nullptr, "SOM-KANZAI", "paper", "契約書（工事・委託）原本",
     "工事請負契約書・業務委託契約書の原本。", "222", '-', "10年",
     "本庁舎地下 第1書庫 キャビネットK-4", nullptr},

    // 税務部
    {"zeimu", "ZEI-SHIMIN", "data", "個人住民税 課税データ",
     "給与支払報告書・申告等に基づく個人住民税の課税データ（個人番号を含む）。", "3B22", 'M', "5年",
     nullptr, nullptr},
    {"eltax", "ZEI-SHIMIN", "data", "給与支払報告書データ（電子提出分）",
     "eLTAXで受信した給与支払報告書・公的年金等支払報告書。", "3B22", 'M', "5年", nullptr, nullptr},
    {nullptr, "ZEI-SHIMIN", "paper", "給与支払報告書（紙提出分）",
     "事業所から紙で提出された給与支払報告書。個人番号の記載がある。", "3B21", 'M', "5年",
     "第2書庫 施錠キャビネットZ-1", nullptr},
    {nullptr, "ZEI-SHIMIN", "paper", "市民税・県民税 申告書",
     "窓口・郵送で受け付けた申告書と添付書類（医療費控除の明細等）。", "3B21", 'P', "5年",
     "第2書庫 キャビネットZ-2", nullptr},
    {nullptr, "ZEI-SHIMIN", "paper", "令和元年度 市民税課税資料（保存期間満了）",
     "令和元年度分の申告書・給与支払報告書の綴り。", "3B21", 'M', "5年", "第2書庫 キャビネットZ-9",
     nullptr},
    {"fileserver", "ZEI-SHIMIN", "manual", "税務総合システム 操作マニュアル",
     "賦課・収納の各業務の画面操作と帳票出力の方法。", "221", '-', "常用", nullptr, nullptr},
    {"zeimu", "ZEI-SHISAN", "data", "固定資産課税台帳（名寄帳）データ",
     "土地・家屋の所有者と課税標準額を記録した課税台帳。", "3B22", 'P', "常用", nullptr, nullptr},
    {nullptr, "ZEI-SHISAN", "paper", "課税台帳（名寄帳）の写し",
     "閲覧・証明用に出力した名寄帳の写し。", "3B21", 'P', "1年",
     "資産税課 執務室 施錠キャビネットS-2", nullptr},
    {"kaoku", "ZEI-SHISAN", "data", "家屋評価調書データ", "家屋の構造・資材と評価額の計算過程。",
     "3C21", 'P', "常用", nullptr, nullptr},
    {"gis", "ZEI-SHISAN", "data", "地番図・家屋図データ",
     "課税用の地番図・家屋図（統合型GISのレイヤとして管理）。", "3C21", 'P', "常用", nullptr,
     nullptr},
    {nullptr, "ZEI-SHISAN", "paper", "償却資産申告書",
     "事業者から提出された償却資産申告書と種類別明細書。", "3C21", 'P', "5年",
     "第2書庫 キャビネットS-5", nullptr},
    {"taino", "ZEI-NOZEI", "data", "滞納者 折衝・財産調査記録",
     "滞納者との折衝の経過、金融機関等への財産調査の回答及び差押えの記録。", "3B22", 'P', "5年",
     nullptr, nullptr},
    {"zeimu", "ZEI-NOZEI", "data", "市税 口座振替データ",
     "口座振替依頼の登録情報と金融機関との送受信データ。", "3B22", 'P', "5年", nullptr, nullptr},
    {nullptr, "ZEI-NOZEI", "paper", "納税相談記録票",
     "分割納付等の相談時に聴き取った生活状況・収入・病状等の記録。", "3B21", 'S', "5年",
     "納税課 執務室 施錠キャビネットN-1", nullptr},
    {"fileserver", "ZEI-NOZEI", "manual", "滞納管理システム 運用手順書",
     "財産調査の照会、差押え及び執行停止の処理手順。", "3C21", '-', "常用", nullptr, nullptr},

    // 市民生活部
    {"juki", "SHI-SHIMIN", "data", "住民記録データ",
     "住民の氏名・生年月日・性別・住所・個人番号・住民票コード及び異動履歴。", "3B22", 'M', "常用",
     nullptr,
     "住民基本台帳の正本であり、個人番号を含む特定個人情報のため機密性3B。"
     "記録の誤り・滅失は住民の権利に直結するため完全性・可用性2。"},
    {"juki", "SHI-SHIMIN", "data", "住民異動届 処理データ",
     "転入・転出・転居等の異動届の処理記録。", "3B22", 'M', "5年", nullptr, nullptr},
    {"juki", "SHI-SHIMIN", "data", "証明書交付記録",
     "住民票の写し・印鑑登録証明書等の交付履歴（第三者請求を含む）。", "3B21", 'P', "5年", nullptr,
     nullptr},
    {"cs", "SHI-SHIMIN", "data", "本人確認情報（住基ネット）",
     "住基ネットで都道府県サーバへ送信する本人確認情報と送信の記録。", "3B22", 'M', "常用", nullptr,
     nullptr},
    {"koseki", "SHI-SHIMIN", "data", "戸籍データ（正本）",
     "戸籍・除籍の記録（副本は法務省の戸籍副本データ管理システムに保存）。", "3B22", 'P', "150年",
     nullptr, nullptr},
    {"conveni", "SHI-SHIMIN", "data", "コンビニ交付 発行記録",
     "コンビニ交付による証明書の発行履歴。", "3B21", 'P', "3年", nullptr, nullptr},
    {nullptr, "SHI-SHIMIN", "paper", "住民票の写し交付申請書",
     "窓口で受け付けた住民票の写し・印鑑登録証明書等の交付申請書（本人確認の記録を含む）。", "3B21",
     'P', "1年", "第2書庫 キャビネットB-3", nullptr},
    {nullptr, "SHI-SHIMIN", "paper", "住民異動届（転入・転出・転居）",
     "窓口で受け付けた住民異動届の原本。", "3B21", 'P', "5年", "第2書庫 キャビネットB-1", nullptr},
    {nullptr, "SHI-SHIMIN", "paper", "印鑑登録申請書・印鑑登録原票",
     "印鑑登録の申請書と登録印影の原票。", "3B22", 'P', "常用", "市民課 執務室 耐火キャビネットI-1",
     nullptr},
    {nullptr, "SHI-SHIMIN", "paper", "DV等支援措置 申出書",
     "住民票の写し等の交付制限に係る支援措置の申出書と関係機関の意見書。", "3B22", 'S', "5年",
     "市民課 課長席後方 施錠金庫",
     "加害者に住所が知られると被害者の生命・身体に危険が及ぶため機密性3B。"
     "支援措置の誤りは重大な被害につながるため完全性2。"},
    {nullptr, "SHI-SHIMIN", "paper", "戸籍届書（出生・婚姻・死亡等）",
     "受理した戸籍届書（法務局へ送付する前のもの）。", "3B21", 'P', "1年", "市民課 戸籍係 施錠書庫",
     nullptr},
    {"fileserver", "SHI-SHIMIN", "manual", "住民基本台帳システム 運用手順書",
     "異動処理、証明書発行、住基ネット連携及び日次・月次処理の手順。", "3C21", '-', "常用", nullptr,
     nullptr},
    {"fileserver", "SHI-SHIMIN", "manual", "コンビニ交付 障害時対応手順書",
     "証明書交付センター・システムの障害時の停止判断と住民周知の手順。", "222", '-', "常用",
     nullptr, nullptr},
    {"kokuho", "SHI-HOKEN", "data", "国保被保険者 資格データ",
     "国民健康保険の被保険者の資格取得・喪失と世帯の情報。", "3B22", 'M', "5年", nullptr, nullptr},
    {"kokuho", "SHI-HOKEN", "data", "国保 保険給付データ",
     "高額療養費・出産育児一時金等の給付と診療に関する記録。", "3B22", 'S', "5年", nullptr,
     nullptr},
    {"kokuho", "SHI-HOKEN", "data", "国民健康保険税 賦課データ",
     "世帯ごとの所得・資産と保険税額の算定。", "3B22", 'M', "5年", nullptr, nullptr},
    {"kouki", "SHI-HOKEN", "data", "後期高齢者医療 保険料収納データ",
     "後期高齢者医療の保険料の収納・還付の記録。", "3B22", 'M', "5年", nullptr, nullptr},
    {"nenkin", "SHI-HOKEN", "data", "国民年金 免除申請データ",
     "保険料免除・納付猶予の申請と所得の情報。", "3B21", 'M', "5年", nullptr, nullptr},
    {nullptr, "SHI-HOKEN", "paper", "国民健康保険 資格取得・喪失届",
     "窓口で受け付けた資格取得・喪失届（個人番号の記載がある）。", "3B21", 'M', "5年",
     "第2書庫 キャビネットC-1", nullptr},
    {nullptr, "SHI-HOKEN", "paper", "平成30年度 国民健康保険 資格届綴（保存期間満了）",
     "平成30年度に受け付けた資格取得・喪失届の綴り。", "3B21", 'M', "5年",
     "第2書庫 キャビネットC-8", nullptr},
    {"fileserver", "SHI-HOKEN", "manual", "国民健康保険システム 操作マニュアル",
     "資格、賦課及び給付の各業務の画面操作。", "221", '-', "常用", nullptr, nullptr},
    {"sodai", "SHI-KANKYO", "data", "粗大ごみ収集 申込データ",
     "申込者の氏名・住所・電話番号と収集品目。", "221", 'P', "1年", nullptr, nullptr},
    {"fileserver", "SHI-KANKYO", "data", "環境測定データ（大気・水質・騒音）",
     "市内の定点で測定した大気・河川水質・騒音の測定結果。", "121", '-', "常用", nullptr,
     "測定結果はホームページで公表しているため機密性1。行政判断の基礎となるため完全性2。"},
    {nullptr, "SHI-KANKYO", "paper", "公害苦情 受付記録",
     "市民からの騒音・悪臭等の苦情と対応の記録。", "3C21", 'P', "5年",
     "環境保全課 執務室 キャビネットE-2", nullptr},
    {nullptr, "SHI-KANKYO", "paper", "一般廃棄物処理業 許可申請書",
     "許可申請書と添付書類（役員名簿等）。", "221", 'P', "10年", "環境保全課 書庫 キャビネットE-5",
     nullptr},
    {"shisetsu", "SHI-KYODO", "data", "施設利用者登録データ",
     "公共施設予約システムの利用者登録情報（氏名・連絡先・団体名）。", "221", 'P', "5年", nullptr,
     nullptr},
    {"shisetsu", "SHI-KYODO", "data", "施設予約・利用実績データ", "施設ごとの予約状況と利用実績。",
     "112", '-', "3年", nullptr, nullptr},
    {"fileserver", "SHI-KYODO", "data", "市民活動団体 登録データ",
     "登録団体の名称・代表者・活動内容。", "211", 'P', "5年", nullptr, nullptr},
    {nullptr, "SHI-KYODO", "paper", "自治会・町内会 役員名簿", "自治会長等の氏名・連絡先の一覧。",
     "221", 'P', "1年", "市民協働課 執務室 キャビネットK-2", nullptr},

    // 福祉部
    {"seiho", "FUK-SEIKATSU", "data", "生活保護ケース記録",
     "ケースワーカーの訪問記録、世帯の収入・資産・健康状態等の記録。", "3B22", 'S', "5年", nullptr,
     "健康状態や生活困窮の状況等の要配慮個人情報を含み、漏えい時の被害が重大なため機密性3B。"
     "保護費の算定根拠となるため完全性2。"},
    {"seiho", "FUK-SEIKATSU", "data", "保護費 支給データ", "扶助費の算定結果と支給・返還の記録。",
     "3B22", 'M', "5年", nullptr, nullptr},
    {nullptr, "FUK-SEIKATSU", "paper", "生活保護ケースファイル",
     "世帯ごとの申請書、資産申告書、収入申告書及び関係機関への照会の回答等の綴り。", "3B21", 'S',
     "5年", "生活福祉課 施錠書庫 キャビネットF-2", nullptr},
    {nullptr, "FUK-SEIKATSU", "paper", "生活困窮者 自立相談支援記録",
     "自立相談支援機関での相談の経過と支援計画。", "3B21", 'S', "5年",
     "生活福祉課 相談室横 施錠キャビネットF-5", nullptr},
    {"fileserver", "FUK-SEIKATSU", "manual", "生活保護システム 運用手順書",
     "保護の決定・変更・廃止と扶助費の支給処理の手順。", "3C21", '-', "常用", nullptr, nullptr},
    {"shogai", "FUK-SHOGAI", "data", "障害者手帳 交付台帳データ",
     "身体障害者手帳・療育手帳・精神障害者保健福祉手帳の交付の記録。", "3B22", 'S', "常用", nullptr,
     nullptr},
    {"shogai", "FUK-SHOGAI", "data", "障害福祉サービス 支給決定データ",
     "サービスの支給決定、受給者証及び給付の記録。", "3B22", 'M', "5年", nullptr, nullptr},
    {nullptr, "FUK-SHOGAI", "paper", "身体障害者診断書・意見書",
     "手帳の交付申請に添付された指定医の診断書・意見書。", "3B21", 'S', "5年",
     "障がい福祉課 施錠書庫 キャビネットS-1", nullptr},
    {"kaigo", "FUK-KOREI", "data", "要介護認定データ",
     "認定調査の結果、主治医意見書の内容及び認定審査会の判定結果。", "3B22", 'S', "5年", nullptr,
     nullptr},
    {"kaigo", "FUK-KOREI", "data", "介護保険料 賦課・収納データ",
     "第1号被保険者の保険料の賦課と収納の記録。", "3B22", 'M', "5年", nullptr, nullptr},
    {nullptr, "FUK-KOREI", "paper", "要介護認定調査票・主治医意見書",
     "認定調査員が記入した調査票と主治医意見書の原本。", "3B21", 'S', "5年",
     "第2書庫 キャビネットK-2", nullptr},
    {nullptr, "FUK-KOREI", "paper", "地域包括支援センター 相談記録",
     "委託先の地域包括支援センターから提出された総合相談の記録。", "3B21", 'S', "5年",
     "高齢介護課 施錠書庫 キャビネットK-5", nullptr},
    {"fileserver", "FUK-KOREI", "specification", "介護保険システム 仕様書（標準仕様書準拠）",
     "標準仕様書に対する適合状況と市独自の帳票・連携の仕様。", "221", '-', "システム廃止後5年",
     nullptr, nullptr},
    {"yoshien", "FUK-CHIIKI", "data", "避難行動要支援者名簿",
     "支援が必要な高齢者・障害者等の氏名・住所・心身の状況と、名簿提供への同意の有無。", "3B22",
     'S', "常用", nullptr, nullptr},
    {nullptr, "FUK-CHIIKI", "paper", "避難行動要支援者名簿（提供用写し）",
     "自治会・民生委員児童委員に提供した名簿の写しと受領書・誓約書。", "3B22", 'S', "1年",
     "地域福祉課 施錠キャビネットW-1", nullptr},
    {nullptr, "FUK-CHIIKI", "paper", "民生委員児童委員 活動記録",
     "民生委員児童委員から提出された相談・支援の活動記録。", "3C21", 'S', "5年",
     "地域福祉課 執務室 施錠キャビネットW-3", nullptr},

    // こども未来部
    {"jidoteate", "KOD-KOSODATE", "data", "児童手当 受給者データ",
     "受給者・対象児童の情報、所得及び支給の記録。", "3B22", 'M', "5年", nullptr, nullptr},
    {nullptr, "KOD-KOSODATE", "paper", "児童手当 認定請求書",
     "受給資格の認定請求書と添付書類（個人番号の記載がある）。", "3B21", 'M', "5年",
     "第2書庫 キャビネットB-4", nullptr},
    {"iryohi", "KOD-KOSODATE", "data", "子ども医療費助成 受給資格・助成データ",
     "受給資格と医療機関ごとの助成額の記録。", "3B22", 'M', "5年", nullptr, nullptr},
    {"fileserver", "KOD-KOSODATE", "manual", "児童手当システム 操作マニュアル",
     "認定、現況確認及び支給処理の画面操作。", "211", '-', "常用", nullptr, nullptr},
    {"hoiku", "KOD-HOIKU", "data", "保育所入所申込・利用調整データ",
     "申込世帯の就労状況・健康状態等と利用調整の指数。", "3B22", 'S', "5年", nullptr, nullptr},
    {"hoiku", "KOD-HOIKU", "data", "保育料 算定データ", "世帯の税額情報に基づく保育料の算定結果。",
     "3B22", 'M', "5年", nullptr, nullptr},
    {nullptr, "KOD-HOIKU", "paper", "保育所入所申込書・就労証明書",
     "入所申込書と勤務先が発行した就労証明書。", "3B21", 'P', "5年",
     "保育課 施錠書庫 キャビネットH-1", nullptr},
    {"fileserver", "KOD-HOIKU", "specification", "保育所入所管理システム 仕様書",
     "利用調整の指数計算、帳票及び連携の仕様。", "211", '-', "システム廃止後5年", nullptr, nullptr},
    {"jidosodan", "KOD-KATEI", "data", "児童虐待相談・対応記録",
     "通告・相談の受付、安全確認、関係機関との協議及び支援の経過。", "3B22", 'S',
     "児童が25歳に達するまで", nullptr, nullptr},
    {nullptr, "KOD-KATEI", "paper", "要保護児童対策地域協議会 会議録",
     "個別ケース検討会議の会議録と関係機関の提出資料。", "3B21", 'S', "10年",
     "こども家庭相談課 施錠書庫", nullptr},

    // 健康部
    {"kenkan", "KEN-SUISHIN", "data", "がん検診・特定健診 結果データ", "検診・健診の受診歴と結果。",
     "3B22", 'S', "5年", nullptr, nullptr},
    {"kenkan", "KEN-SUISHIN", "data", "乳幼児健診記録",
     "乳幼児健診の問診・計測・診察結果と経過観察の記録。", "3B22", 'S', "5年", nullptr, nullptr},
    {"kenkan", "KEN-YOBO", "data", "予防接種記録",
     "定期予防接種の接種歴（個人番号による情報連携に使用）。", "3B22", 'M', "5年", nullptr,
     nullptr},
    {"yoyaku", "KEN-SUISHIN", "data", "オンライン予約 受付データ",
     "予約者の氏名・連絡先と予約日時。", "221", 'P', "1年", nullptr, nullptr},
    {nullptr, "KEN-SUISHIN", "paper", "妊娠届出書・母子健康手帳交付記録",
     "妊娠届出書と母子健康手帳の交付時の面談記録。", "3B21", 'S', "5年",
     "保健センター1階 書庫 キャビネットB-2", nullptr},
    {"fileserver", "KEN-SUISHIN", "manual", "健康管理システム 操作マニュアル",
     "健診・予防接種の記録の入力と通知書の出力の方法。", "221", '-', "常用", nullptr, nullptr},
    {nullptr, "KEN-YOBO", "paper", "予防接種 予診票", "医療機関から提出された予防接種の予診票。",
     "3B21", 'S', "5年", "保健センター2階 書庫 キャビネットY-1", nullptr},
    {nullptr, "KEN-YOBO", "paper", "精神保健福祉 相談記録",
     "精神保健福祉に関する相談・訪問の記録。", "3B21", 'S', "5年",
     "保健センター2階 相談室 施錠キャビネット", nullptr},

    // 都市整備部
    {"gis", "TOS-KEIKAKU", "data", "都市計画図データ",
     "用途地域・都市施設等の都市計画決定の内容を示す図面データ。", "121", '-', "常用", nullptr,
     nullptr},
    {"mappub", "TOS-KEIKAKU", "data", "ハザードマップ・都市計画 公開データ",
     "インターネットで公開している地図データ。", "111", '-', "常用", nullptr, nullptr},
    {nullptr, "TOS-KEIKAKU", "paper", "開発行為 許可申請書",
     "都市計画法に基づく開発許可の申請書と図面。", "221", 'P', "30年", "第2書庫 キャビネットT-1",
     nullptr},
    {"fileserver", "TOS-KEIKAKU", "specification", "統合型GIS 仕様書",
     "レイヤ構成、座標系、権限設定及びデータ更新の仕様。", "211", '-', "システム廃止後5年", nullptr,
     nullptr},
    {"doro", "TOS-DORO", "data", "道路台帳図・調書データ", "認定路線の道路台帳図と調書。", "221",
     '-', "常用", nullptr, nullptr},
    {"fileserver", "TOS-DORO", "data", "道路パトロール・工事写真",
     "道路パトロールと工事監督で撮影した写真。", "211", '-', "5年", nullptr, nullptr},
    {nullptr, "TOS-DORO", "paper", "道路占用許可申請書", "道路占用の許可申請書と図面。", "221", 'P',
     "5年", "道路河川課 執務室 キャビネットD-3", nullptr},
    {nullptr, "TOS-DORO", "paper", "境界確定図・立会記録",
     "道路と民地の境界確定図と立会い・承諾の記録。", "222", 'P', "常用", "第2書庫 キャビネットD-5",
     nullptr},
    {"kenchiku", "TOS-KENCHIKU", "data", "建築確認台帳データ",
     "建築確認・完了検査の受付と処分の記録。", "221", 'P', "常用", nullptr, nullptr},
    {nullptr, "TOS-KENCHIKU", "paper", "建築計画概要書",
     "閲覧に供する建築計画概要書（建築主の氏名を含む）。", "221", 'P', "常用",
     "建築指導課 閲覧コーナー 書架", nullptr},
    {nullptr, "TOS-KENCHIKU", "paper", "違反建築物 調査記録",
     "違反建築物の調査、指導及び是正の記録。", "3C21", 'P', "10年",
     "建築指導課 執務室 施錠キャビネット", nullptr},
    {"fileserver", "TOS-KOEN", "data", "公園施設 点検データ",
     "遊具・トイレ等の公園施設の定期点検結果と修繕履歴。", "111", '-', "10年", nullptr, nullptr},
    {nullptr, "TOS-KOEN", "paper", "都市公園 占用・使用許可申請書",
     "公園の占用・行為許可の申請書。", "211", 'P', "5年", "公園緑地課 執務室 キャビネットP-1",
     nullptr},
    {nullptr, "TOS-KOEN", "paper", "都市公園台帳", "都市公園の位置、面積及び施設の台帳。", "121",
     '-', "常用", "公園緑地課 書庫", nullptr},

    // 上下水道部
    {"ryokin", "SUI-RYOKIN", "data", "水道使用者・検針データ",
     "使用者の氏名・住所・口径と毎月の検針値。", "3C22", 'P', "5年", nullptr, nullptr},
    {"ryokin", "SUI-RYOKIN", "data", "上下水道料金 収納・滞納データ",
     "料金の調定、収納、滞納及び給水停止の記録。", "3C22", 'P', "5年", nullptr, nullptr},
    {nullptr, "SUI-RYOKIN", "paper", "給水開始・中止届", "転入・転出に伴う給水の開始・中止の届出。",
     "221", 'P', "3年", "上下水道部庁舎1階 料金課 キャビネットR-1", nullptr},
    {"fileserver", "SUI-RYOKIN", "manual", "上下水道料金システム 運用手順書",
     "検針データの取込み、調定及び口座振替の処理手順。", "221", '-', "常用", nullptr, nullptr},
    {"scada", "SUI-KOMU", "data", "水質・運転管理記録",
     "浄水場・配水池の水質の測定値とポンプの運転の記録。", "122", '-', "5年", nullptr, nullptr},
    {"mapping", "SUI-KOMU", "data", "水道管路図データ",
     "水道管の位置・口径・材質と重要施設の配置。", "3C21", '-', "常用", nullptr,
     "重要施設と管路の位置を示し、悪用されると給水施設への妨害につながるおそれがあるため"
     "機密性3C。"},
    {"fileserver", "SUI-KOMU", "specification", "中央監視制御システム 設計書",
     "監視制御の機器構成、制御ロジック及び警報の設定値。", "3C21", '-', "システム廃止後5年",
     nullptr, nullptr},
    {"fileserver", "SUI-KOMU", "network_diagram", "テレメータ・監視制御 系統図",
     "配水池・ポンプ場と中央監視室を結ぶテレメータ回線と制御機器の系統。", "3C21", '-', "常用",
     nullptr, nullptr},
    {"mapping", "SUI-GESUI", "data", "下水道台帳データ", "下水道管渠・マンホールの位置と属性。",
     "221", '-', "常用", nullptr, nullptr},
    {nullptr, "SUI-GESUI", "paper", "排水設備 計画確認申請書",
     "宅地内排水設備の計画確認申請書と図面。", "221", 'P', "10年",
     "上下水道部庁舎2階 書庫 キャビネットG-1", nullptr},
    {nullptr, "SUI-GESUI", "paper", "下水道事業受益者負担金 賦課台帳",
     "受益者負担金の賦課と納付の台帳。", "3C21", 'P', "10年",
     "上下水道部庁舎2階 書庫 キャビネットG-4", nullptr},

    // 危機管理室
    {"bosai", "KIK-KIKI", "data", "避難所開設・被害状況データ",
     "避難所の開設・避難者数と被害の報告。", "122", '-', "5年", nullptr, nullptr},
    {"mailhaishin", "KIK-KIKI", "data", "メール配信 登録者データ",
     "配信登録者のメールアドレスと受信地区。", "221", 'P', "常用", nullptr, nullptr},
    {nullptr, "KIK-KIKI", "paper", "国民保護に関する国からの受領文書（秘）",
     "国（内閣官房・消防庁）から秘密文書として受領した国民保護関連の通知・計画資料。", "3A21", '-',
     "受領元の指示による", "危機管理課 施錠金庫（二重施錠）",
     "国から秘密文書の指定を受けて受領した文書であり、行政文書の管理に関するガイドラインの秘密文書"
     "に相当するため機密性3A。"},
    {nullptr, "KIK-KIKI", "paper", "武力攻撃事態等対処に係る国からの連絡文書（秘）",
     "武力攻撃事態等への対処に関し国から受領した連絡文書（秘密区分付き）。", "3A21", '-',
     "受領元の指示による", "危機管理課 施錠金庫（二重施錠）", nullptr},
    {nullptr, "KIK-KIKI", "paper", "地域防災計画（公表版）",
     "防災会議で決定し公表した地域防災計画。", "111", '-', "常用", "危機管理課 執務室 書架",
     nullptr},
    {nullptr, "KIK-KIKI", "paper", "災害時 職員参集名簿",
     "職員の自宅住所・連絡先と参集場所の一覧。", "3C22", 'P', "1年",
     "危機管理課 執務室 キャビネットK-1", nullptr},
    {"fileserver", "KIK-KIKI", "manual", "防災情報システム 運用手順書",
     "災害対策本部設置時の情報集約と報告の手順。", "222", '-', "常用", nullptr, nullptr},
    {"fileserver", "KIK-KIKI", "network_diagram", "防災行政無線 系統図",
     "親局・中継局・子局の回線系統図。", "221", '-', "常用", nullptr, nullptr},
    {"fileserver", "KIK-KIKI", "specification", "防災行政無線 設備仕様書",
     "デジタル化更新時の設備仕様と保守の条件。", "211", '-', "システム廃止後5年", nullptr, nullptr},

    // 会計室
    {"zaimu", "KAI-KAIKEI", "data", "支出命令・支払データ", "支出命令と口座振込による支払の記録。",
     "3C22", 'P', "5年", nullptr, nullptr},
    {"zaimu", "KAI-KAIKEI", "data", "債権者登録データ（振込口座）",
     "支払先の氏名・名称、住所及び振込口座。", "3C22", 'P', "常用", nullptr, nullptr},
    {nullptr, "KAI-KAIKEI", "paper", "支出命令書・支出負担行為決議書（紙）",
     "紙で決裁した支出命令書・支出負担行為決議書と請求書。", "221", 'P', "5年",
     "本庁舎地下 第1書庫 キャビネットM-2", nullptr},
    {"fileserver", "KAI-KAIKEI", "manual", "財務会計システム 操作マニュアル",
     "予算執行、支出命令及び決算処理の画面操作。", "211", '-', "常用", nullptr, nullptr},
    {"fileserver", "KAI-KAIKEI", "manual", "旧財務会計システム 操作マニュアル",
     "更新前の財務会計システムの操作マニュアル。", "211", '-', "常用", nullptr, nullptr},

    // 選挙管理委員会事務局
    {"senkyo", "SEN-SENKYO", "data", "選挙人名簿データ",
     "選挙人の氏名・住所・生年月日・性別と登録の記録。", "3B22", 'P', "常用", nullptr, nullptr},
    {"senkyo", "SEN-SENKYO", "data", "期日前投票 受付データ", "期日前投票の受付と投票済みの記録。",
     "3B22", 'P', "5年", nullptr, nullptr},
    {nullptr, "SEN-SENKYO", "paper", "選挙人名簿抄本（閲覧用）",
     "閲覧請求に対応するための抄本（氏名・住所・生年月日・性別）。", "3B21", 'P', "4年",
     "選挙管理委員会事務局 施錠書庫", nullptr},
    {nullptr, "SEN-SENKYO", "paper", "選挙運動費用 収支報告書",
     "候補者から提出された選挙運動費用の収支報告書。", "221", 'P', "3年",
     "選挙管理委員会事務局 書庫", nullptr},
    {"fileserver", "SEN-SENKYO", "manual", "選挙人名簿システム 選挙時運用手順書",
     "名簿の調製・抄本作成、期日前投票所の開設と二重投票防止の手順。", "3C21", '-', "常用", nullptr,
     nullptr},

    // 監査委員事務局
    {nullptr, "KAN-KANSA", "paper", "監査報告書",
     "定期監査・決算審査・例月出納検査の結果報告（公表済み）。", "121", '-', "10年",
     "監査委員事務局 書庫 キャビネットA-1", nullptr},
    {"fileserver", "KAN-KANSA", "data", "監査調書",
     "監査の実施過程で作成した調書と関係課からの提出資料。", "3C21", 'P', "10年", nullptr, nullptr},
    {"fileserver", "KAN-KANSA", "data", "例月出納検査資料",
     "会計管理者から提出された出納の状況と検査の結果。", "221", '-', "5年", nullptr, nullptr},
    {nullptr, "KAN-KANSA", "paper", "住民監査請求書・関係書類",
     "住民監査請求書、陳述の記録及び監査結果の通知の控え。", "3C21", 'P', "10年",
     "監査委員事務局 施錠書庫", nullptr},

    // 固定資産評価審査委員会事務局
    {nullptr, "KOT-SHINSA", "paper", "固定資産評価審査申出書",
     "固定資産課税台帳の登録価格に関する審査申出書と添付資料。", "3C21", 'P', "10年",
     "固定資産評価審査委員会事務局 施錠キャビネット", nullptr},
    {nullptr, "KOT-SHINSA", "paper", "審査決定書・口頭審理記録", "審査の決定書と口頭審理の記録。",
     "3C22", 'P', "10年", "固定資産評価審査委員会事務局 施錠キャビネット", nullptr},
    {"fileserver", "KOT-SHINSA", "data", "審査申出 受付管理簿",
     "審査申出の受付、審理の日程及び決定の状況。", "3C21", 'P', "10年", nullptr, nullptr},

    // 農業委員会事務局
    {"nochi", "NOG-NOCHI", "data", "農地台帳データ",
     "農地の所在・地番・面積、所有者・耕作者及び権利の設定状況。", "3C21", 'P', "常用", nullptr,
     nullptr},
    {"nochi", "NOG-NOCHI", "data", "農地利用状況調査データ",
     "遊休農地の調査結果と所有者への意向確認の記録。", "221", 'P', "5年", nullptr, nullptr},
    {nullptr, "NOG-NOCHI", "paper", "農地法第3条・第5条 許可申請書",
     "農地の権利移動・転用の許可申請書。", "221", 'P', "10年",
     "農業委員会事務局 書庫 キャビネットN-2", nullptr},
    {nullptr, "NOG-NOCHI", "paper", "農業委員会 総会議事録", "総会の議事録（公表しているもの）。",
     "121", '-', "30年", "農業委員会事務局 書庫 キャビネットN-1", nullptr},
    {"fileserver", "NOG-NOCHI", "specification", "農地台帳システム 仕様書",
     "農地台帳の項目、公表データの作成及び全国農地ナビへの連携の仕様。", "211", '-',
     "システム廃止後5年", nullptr, nullptr},
};

// Assets that left service, so that the register shows retired and disposed records with their
// reason, date and (for disposal) method and witness.
struct StatusRow {
    const char* name;
    bool dispose;
    int daysAgo;
    const char* reason;
    const char* method; // disposal only
};

const StatusRow kStatusChanges[] = {
    {"旧住民記録システム（標準化移行前）", false, 300,
     "標準準拠システム（ガバメントクラウド）への移行完了に伴い利用を終了。"
     "データは保存期間の満了後に消去する。",
     nullptr},
    {"旧税務システム（標準化移行前）", false, 240,
     "標準準拠システムへの移行完了に伴い利用を終了。過年度分の参照は標準準拠システムへ移行済み。",
     nullptr},
    {"旧グループウェア（庁内設置型）", false, 600,
     "LGWAN-ASPのグループウェアへの移行に伴い利用を終了。", nullptr},
    {"FAX送受信サーバ", false, 150, "電子FAXサービス（LGWAN-ASP）への切替えに伴い利用を終了。",
     nullptr},
    {"旧財務会計システム 操作マニュアル", false, 400,
     "財務会計システムの更新に伴い新しいマニュアルに差し替えた。", nullptr},
    {"市民課 旧業務用端末 #11（Windows 10）", false, 60,
     "Windows 10のサポート終了に伴い端末を更新した（リース返却待ち）。", nullptr},
    {"高齢介護課 旧業務用端末 #09（Windows 10）", false, 45,
     "Windows 10のサポート終了に伴い端末を更新した（リース返却待ち）。", nullptr},
    {"市民税課 旧業務用端末 #12（Windows 10）", true, 30,
     "リース満了による返却に先立ち、記憶装置のデータを消去した。",
     "データ消去ソフトによる完全消去"},
    {"旧ファイルサーバ 取外しハードディスク（12台）", true, 200,
     "サーバ更新で取り外したハードディスクを廃棄した。", "物理破壊"},
    {"令和元年度 市民税課税資料（保存期間満了）", true, 120, "保存期間満了のため廃棄した。",
     "溶解処理"},
    {"平成30年度 国民健康保険 資格届綴（保存期間満了）", true, 500, "保存期間満了のため廃棄した。",
     "溶解処理"},
    {"環境保全課 暗号化USBメモリ #02", true, 90, "故障（認識不可）のため廃棄した。", "物理破壊"},
};

// ---------------------------------------------------------------------------------------------

Segment segmentFrom(char c) {
    switch (c) {
    case 'M':
        return Segment::MyNumber;
    case 'I':
        return Segment::Internet;
    case 'N':
        return Segment::None;
    default:
        return Segment::Lgwan;
    }
}

PersonalInfo personalFrom(char c) {
    switch (c) {
    case 'P':
        return PersonalInfo::Personal;
    case 'S':
        return PersonalInfo::Sensitive;
    case 'M':
        return PersonalInfo::MyNumber;
    default:
        return PersonalInfo::None;
    }
}

// "3B22" → confidentiality "3B", integrity "2", availability "2".
void setLevels(Asset& asset, const char* levels) {
    const QString text = QString::fromLatin1(levels);
    asset.confidentiality = text.left(text.size() - 2);
    asset.integrity = text.mid(text.size() - 2, 1);
    asset.availability = text.right(1);
}

// The justification a reviewer would write when the table gives none.
QString derivedNote(const Asset& a) {
    const QString& c = a.confidentiality;
    const bool info = a.category == AssetCategory::Information;
    const bool document = a.category == AssetCategory::SystemDocument;
    QString note;
    if (c == QLatin1String("3A")) {
        note = QStringLiteral("国から秘密文書として受領したものであり機密性3A。");
    } else if (c == QLatin1String("3B")) {
        switch (a.personalInfo) {
        case PersonalInfo::MyNumber:
            note = QStringLiteral("特定個人情報を含み、漏えい時の被害が大きいため機密性3B。");
            break;
        case PersonalInfo::Sensitive:
            note = QStringLiteral("要配慮個人情報を含み、漏えいにより本人に重大な不利益を与えるおそ"
                                  "れがあるため機密性3B。");
            break;
        case PersonalInfo::Personal:
            note =
                QStringLiteral("多数の住民の個人情報を含み、漏えい時の被害が大きいため機密性3B。");
            break;
        case PersonalInfo::None:
            note = QStringLiteral("住民の権利利益に重大な影響を及ぼす情報を扱うため機密性3B。");
            break;
        }
    } else if (c == QLatin1String("3C")) {
        if (document)
            note = QStringLiteral(
                "システムの構成・設定が記載され、悪用されると攻撃の手掛かりとなるため機密性3C。");
        else if (a.personalInfo == PersonalInfo::Sensitive)
            note = QStringLiteral("要配慮個人情報を含むため機密性3C。");
        else if (a.personalInfo != PersonalInfo::None)
            note = QStringLiteral(
                "個人情報を含み、漏えいにより本人の権利利益を害するおそれがあるため機密性3C。");
        else if (info)
            note = QStringLiteral(
                "漏えいにより行政事務の適正な遂行に支障を及ぼすおそれがあるため機密性3C。");
        else
            note = QStringLiteral("機密性3Cの情報が保存・経由されるため機密性3C。");
    } else if (c == QLatin1String("2")) {
        if (document)
            note = QStringLiteral("システムの内部情報を含み、公表を前提としないため機密性2。");
        else if (a.personalInfo != PersonalInfo::None)
            note = QStringLiteral(
                "個人情報を含むが影響は限定的であり、公表を前提としないため機密性2。");
        else
            note = QStringLiteral("直ちに公表することを前提としないため機密性2。");
    } else {
        note = QStringLiteral("公表済み又は公表しても差し支えない情報のため機密性1。");
    }

    if (a.integrity == QLatin1String("2"))
        note += info ? QStringLiteral(
                           "改ざん・誤りが住民の権利や事務の適確な遂行に影響するため完全性2。")
                     : QStringLiteral("設定や内容の改ざんが業務処理の誤りにつながるため完全性2。");
    else
        note += QStringLiteral("誤りがあっても影響は軽微で訂正が容易なため完全性1。");

    if (a.availability == QLatin1String("2"))
        note +=
            a.medium == Medium::Paper
                ? QStringLiteral("滅失・紛失すると復元できず事務に支障を及ぼすため可用性2。")
                : QStringLiteral(
                      "利用できないと住民サービスや事務の安定的な遂行に支障を及ぼすため可用性2。");
    else
        note += QStringLiteral("一時的に利用できなくても代替手段で業務を継続できるため可用性1。");
    return note;
}

QString plannedDisposal(const Asset& a) {
    const QString& type = a.subType;
    if (a.medium == Medium::Paper)
        return a.confidentiality == QLatin1String("1") || a.confidentiality == QLatin1String("2")
                   ? QStringLiteral("シュレッダー裁断")
                   : QStringLiteral("溶解処理");
    if (a.category == AssetCategory::SystemDocument)
        return QStringLiteral("溶解処理（電子版はデータ消去ソフトによる完全消去）");
    if (a.cloudService)
        return QStringLiteral("事業者によるデータ消去（消去証明書の提出）");
    if (type == QLatin1String("media") || type == QLatin1String("server"))
        return QStringLiteral("物理破壊");
    if (type == QLatin1String("network"))
        return QStringLiteral("設定情報の消去（初期化）");
    if (type == QLatin1String("facility"))
        return QString();
    return QStringLiteral("データ消去ソフトによる完全消去");
}

// ---------------------------------------------------------------------------------------------
// Risk assessment (第9条, IPA method): the usual assessment of each sub-type, saved as the
// register's templates and applied to the demo assets with some variation.

struct RiskRow {
    const char* subType;
    const char* threat;
    int likelihood;
    int vulnerability;
    const char* controls;
    const char* treatment; // "", "reduce", "avoid", "transfer", "accept"
    const char* plan;
};

const RiskRow kRiskRows[] = {
    {"pc", "malware", 3, 2, "ウイルス対策ソフト（定義ファイル自動更新）", "reduce",
     "EDR を導入し、不審な挙動を検知・隔離する"},
    {"pc", "unauthorized_takeout", 2, 2, "持出し申請・台帳管理", "accept", ""},
    {"pc", "operation_error", 2, 2, "新任者研修", "accept", ""},
    {"pc", "equipment_failure", 2, 1, "保守契約・予備機", "accept", ""},
    {"server", "unauthorized_access", 2, 2, "ファイアウォール・アクセス制御", "reduce",
     "管理者ログインに多要素認証を導入する"},
    {"server", "malware", 2, 2, "ウイルス対策ソフト", "accept", ""},
    {"server", "equipment_failure", 2, 1, "冗長構成・保守契約", "accept", ""},
    {"server", "earthquake", 2, 3, "ラック固定のみ", "transfer",
     "耐震性のある外部データセンターへ移設する"},
    {"server", "power_outage", 2, 1, "UPS・自家発電", "accept", ""},
    {"system", "unauthorized_access", 2, 2, "ID・パスワード認証、権限管理", "reduce",
     "職員の退職・異動時の ID 削除を月次で点検する"},
    {"system", "design_defect", 2, 2, "受入試験", "accept", ""},
    {"system", "outsourcing", 2, 3, "委託契約に秘密保持条項", "reduce",
     "委託先への年次監査（立入り又は書面）を実施する"},
    {"system", "operation_error", 2, 2, "操作マニュアル", "accept", ""},
    {"system", "epidemic", 1, 2, "業務継続計画（BCP）", "accept", ""},
    {"network", "dos", 2, 2, "回線事業者の DDoS 対策", "accept", ""},
    {"network", "unauthorized_access", 2, 2, "ファイアウォール・通信ログ監視", "reduce",
     "自治体情報セキュリティクラウドの監視を強化する"},
    {"network", "network_outage", 2, 2, "回線二重化", "accept", ""},
    {"facility", "fire", 1, 2, "消火設備", "accept", ""},
    {"facility", "earthquake", 2, 2, "耐震補強済み", "accept", ""},
    {"facility", "intrusion", 2, 2, "IC カードによる入退室管理", "reduce",
     "監視カメラを設置し入退室記録を定期点検する"},
    {"facility", "water_outage", 1, 2, "空調の冷却水系統を確認済み", "accept", ""},
    {"media", "unauthorized_takeout", 3, 2, "施錠保管", "reduce",
     "USB メモリを暗号化機能付きのものに限定する"},
    {"media", "equipment_failure", 2, 2, "バックアップ", "accept", ""},
    {"data", "insider", 2, 2, "アクセスログの取得", "reduce", "アクセスログを四半期ごとに点検する"},
    {"data", "operation_error", 3, 2, "ダブルチェック", "reduce",
     "メール誤送信防止ツールを導入する"},
    {"data", "unauthorized_takeout", 2, 2, "外部記録媒体の利用制限", "accept", ""},
    {"data", "fraud", 2, 2, "標的型メール訓練", "accept", ""},
    {"paper", "unauthorized_takeout", 2, 3, "なし", "reduce", "鍵付き書庫での保管を徹底する"},
    {"paper", "fire", 1, 2, "耐火書庫", "accept", ""},
    {"paper", "insider", 2, 2, "閲覧記録", "accept", ""},
    {"specification", "fraud", 2, 2, "関係者限りで保管", "accept", ""},
    {"specification", "unauthorized_takeout", 2, 2, "施錠保管", "accept", ""},
    {"network_diagram", "fraud", 2, 2, "関係者限りで保管", "reduce",
     "電子版を暗号化し閲覧者を限定する"},
    {"network_diagram", "unauthorized_takeout", 2, 2, "施錠保管", "accept", ""},
    {"manual", "operation_error", 2, 2, "改訂履歴の管理", "accept", ""},
};

struct RiskTemplateName {
    const char* subType;
    const char* nameJa;
    const char* nameEn;
};

const RiskTemplateName kRiskTemplates[] = {
    {"pc", "庁内パソコンの標準評価", "Standard assessment of office PCs"},
    {"server", "サーバの標準評価", "Standard assessment of servers"},
    {"system", "業務システムの標準評価", "Standard assessment of business systems"},
    {"network", "ネットワーク機器・回線の標準評価", "Standard assessment of networks"},
    {"facility", "サーバ室等設備の標準評価", "Standard assessment of facilities"},
    {"media", "電磁的記録媒体の標準評価", "Standard assessment of media"},
    {"data", "電子データの標準評価", "Standard assessment of electronic data"},
    {"paper", "紙文書の標準評価", "Standard assessment of paper documents"},
    {"specification", "仕様書の標準評価", "Standard assessment of specifications"},
    {"network_diagram", "ネットワーク構成図の標準評価", "Standard assessment of network diagrams"},
    {"manual", "手順書の標準評価", "Standard assessment of manuals"},
};

struct SectionInfo {
    qint64 id = 0;
    qint64 departmentId = 0;
    QString departmentCode;
    QString name;
    QString place;
    qint64 headId = 0;
    QString headName;
    QList<qint64> staffIds;
};

struct CreatedAsset {
    qint64 id = 0;
    int version = 0;
    QString location;
    QString recovery;
    Segment segment = Segment::Lgwan;
    bool cloud = false;
    QString cloudName;
    QString cloudCertification;
    QString contractor;
    QString contractNumber;
};

class Builder {
public:
    Builder(Database& db, const DemoRegister::Options& options, QString* error)
        : m_db(db)
        , m_master(db)
        , m_assets(db)
        , m_rng(options.seed)
        , m_error(error)
        , m_withAssets(options.assets)
        , m_today(Clock::today()) {
        for (const StatusRow& row : kStatusChanges)
            m_statusDaysAgo.insert(u8(row.name), row.daysAgo);
    }

    bool run() {
        Transaction tx(m_db);
        if (!tx.isActive())
            return fail(DemoRegister::tr("Starting the demo register"), m_db.lastError());
        const qint64 existing = m_assets.count();
        if (existing < 0)
            return fail(DemoRegister::tr("Reading the register"), m_assets.lastError());
        if (!m_assets.reference().organs.isEmpty() || existing > 0) {
            if (m_error)
                *m_error = DemoRegister::tr("The demo register fills only an empty register; this "
                                            "one already has an organisation or assets.");
            return false;
        }
        if (!m_master.setSetting(QStringLiteral("organisation_name"), QStringLiteral("みなみ野市")))
            return fail(DemoRegister::tr("Saving the organisation name"), m_master.lastError());
        if (!addOrganisation() || !addPeople())
            return false;
        if (!m_assets.reloadReference())
            return fail(DemoRegister::tr("Reading the master data"), m_assets.lastError());
        if (m_withAssets &&
            (!addInfrastructure() || !addTerminals() || !addInformation() || !changeStatuses()))
            return false;
        if (m_withAssets && !addTypicalMistakes())
            return false;
        if (!addRiskTemplates() || (m_withAssets && !addRiskAssessments()))
            return false;
        if (!addUsers())
            return false;
        if (!tx.commit())
            return fail(DemoRegister::tr("Saving the demo register"), m_db.lastError());
        return true;
    }

private:
    // Logins of the demo people get roles that fit their titles; whoever creates the demo
    // register administers it (the register leaves set-up mode with the first user).
    // Real registers carry mistakes; a demo without any would show officers an empty report.
    // A few of the kinds a consistency check is for, each on one asset.
    bool addTypicalMistakes() {
        AssetQuery all;
        const QList<Asset> assets = m_assets.list(all);
        auto first = [&](auto predicate) -> std::optional<Asset> {
            for (const Asset& a : assets) {
                if (a.status == AssetStatus::InUse && predicate(a))
                    return a;
            }
            return std::nullopt;
        };
        QList<Asset> changed;
        // R05: a network diagram left at the lowest level.
        if (auto a = first(
                [](const Asset& x) { return x.subType == QLatin1String("network_diagram"); })) {
            a->confidentiality = QStringLiteral("1");
            changed.append(*a);
        }
        // R06: outsourced, but the contract number never filled in.
        if (auto a = first([](const Asset& x) { return x.outsourced && !x.cloudService; })) {
            a->contractNumber.clear();
            changed.append(*a);
        }
        // R04: personal information on paper classified as public.
        if (auto a = first([](const Asset& x) {
                return x.personalInfo == PersonalInfo::Personal && x.medium == Medium::Paper;
            })) {
            a->confidentiality = QStringLiteral("1");
            changed.append(*a);
        }
        // R02: My Number data recorded in the LGWAN segment.
        if (auto a = first([](const Asset& x) {
                return x.personalInfo == PersonalInfo::MyNumber && x.medium == Medium::Electronic &&
                       x.category == AssetCategory::Information;
            })) {
            a->segment = Segment::Lgwan;
            changed.append(*a);
        }
        for (Asset& a : changed) {
            if (!m_assets.update(a))
                return fail(DemoRegister::tr("Changing %1").arg(a.assetNumber),
                            m_assets.lastError());
        }
        return true;
    }

    bool addRiskTemplates() {
        RiskRepository risks(m_db);
        const RiskCatalogue cat = risks.catalogue();
        for (const RiskTemplateName& name : kRiskTemplates) {
            RiskTemplate t;
            t.subType = u8(name.subType);
            t.nameJa = u8(name.nameJa);
            t.nameEn = u8(name.nameEn);
            for (const RiskRow& row : kRiskRows) {
                if (u8(row.subType) != t.subType)
                    continue;
                const Threat* threat = cat.threatByCode(u8(row.threat));
                if (!threat)
                    continue;
                t.rows.append({threat->id, row.likelihood, row.vulnerability, u8(row.controls),
                               parseEnum<Treatment>(u8(row.treatment)).value_or(Treatment::None),
                               u8(row.plan)});
            }
            if (!risks.saveTemplate(t))
                return fail(DemoRegister::tr("Adding the risk template %1").arg(t.nameJa),
                            risks.lastError());
        }
        return true;
    }

    // Most in-use assets assessed from their template, some judged worse or better than usual;
    // planned treatments are owned by the asset's owner, a few overdue and a few done.
    bool addRiskAssessments() {
        RiskRepository risks(m_db);
        const RiskCatalogue cat = risks.catalogue();
        Rng rng(0x5249534BULL); // its own stream: the rest of the demo stays as it was
        AssetQuery inUse;
        inUse.status = AssetStatus::InUse;
        inUse.withRelations = false;
        for (const Asset& asset : m_assets.list(inUse)) {
            const QList<const RiskTemplate*> templates = cat.templatesFor(asset.subType);
            if (templates.isEmpty() || rng.below(100) < 15)
                continue; // not assessed yet
            QList<RiskAssessment> rows;
            for (const RiskTemplateRow& t : templates.first()->rows) {
                RiskAssessment r = t.applyTo({});
                const int roll = rng.below(100);
                if (roll < 12)
                    r.likelihood = std::min(3, r.likelihood + 1);
                else if (roll < 20)
                    r.vulnerability = std::min(3, r.vulnerability + 1);
                else if (roll < 30)
                    r.vulnerability = std::max(1, r.vulnerability - 1);
                if (r.treatment != Treatment::None && r.treatment != Treatment::Accept) {
                    r.treatmentOwnerId = asset.ownerId;
                    r.treatmentDue = m_today.addDays(rng.between(-90, 240));
                    if (r.treatmentDue < m_today && rng.below(100) < 45)
                        r.treatmentDone = r.treatmentDue.addDays(-rng.between(0, 20));
                }
                rows.append(r);
            }
            if (!risks.saveAssessment(asset.id, rows))
                return fail(DemoRegister::tr("Assessing the risks of %1").arg(asset.assetNumber),
                            risks.lastError());
        }
        return true;
    }

    bool addUsers() {
        AccessControl access(m_db);
        const QString me = m_db.currentUser();
        const ReferenceData ref = MasterDataRepository(m_db).load();
        // The creator first: the first user ends set-up mode, and only administrators add users.
        if (!me.isEmpty()) {
            UserRecord admin;
            admin.login = me;
            admin.role = Role::Admin;
            if (const Person* p = ref.personByLoginOrName(me)) {
                admin.personId = p->id;
                admin.departmentId = p->departmentId;
            }
            if (!access.addUser(admin))
                return fail(DemoRegister::tr("Adding the user %1").arg(me), m_db.lastError());
        }
        for (const Person& p : ref.people) {
            if (p.login.isEmpty() || p.login.compare(me, Qt::CaseInsensitive) == 0)
                continue;
            UserRecord user;
            user.login = p.login;
            user.personId = p.id;
            user.departmentId = p.departmentId;
            if (p.title.contains(QStringLiteral("最高情報セキュリティ責任者")) ||
                p.title.contains(QStringLiteral("情報セキュリティ担当")))
                user.role = Role::Officer;
            else if (p.title.startsWith(QStringLiteral("監査委員")))
                user.role = Role::Reader;
            else if (p.title.endsWith(QStringLiteral("長")) ||
                     p.title == QStringLiteral("会計管理者"))
                user.role = Role::SectionHead;
            else
                user.role = Role::Staff;
            if (!access.addUser(user))
                return fail(DemoRegister::tr("Adding the user %1").arg(user.login),
                            m_db.lastError());
        }
        return true;
    }

    bool fail(const QString& context, const StorageError& error) {
        if (m_error)
            *m_error = context + QStringLiteral(": ") + error.message;
        return false;
    }

    bool addOrganisation() {
        QHash<QString, qint64> organIds;
        int order = 0;
        for (const OrganRow& row : kOrgans) {
            Organ organ;
            organ.code = u8(row.code);
            organ.nameJa = u8(row.nameJa);
            organ.nameEn = u8(row.nameEn);
            organ.sortOrder = (++order) * 10;
            if (!m_master.addOrgan(organ))
                return fail(DemoRegister::tr("Adding the organ %1").arg(organ.code),
                            m_master.lastError());
            organIds.insert(organ.code, organ.id);
        }
        order = 0;
        for (const DepartmentRow& row : kDepartments) {
            Department dept;
            dept.organId = organIds.value(u8(row.organ));
            dept.code = u8(row.code);
            dept.nameJa = u8(row.nameJa);
            dept.nameEn = u8(row.nameEn);
            dept.sortOrder = (++order) * 10;
            if (!m_master.addDepartment(dept))
                return fail(DemoRegister::tr("Adding the department %1").arg(dept.code),
                            m_master.lastError());
            m_departmentIds.insert(dept.code, dept.id);
        }
        order = 0;
        for (const SectionRow& row : kSections) {
            Section section;
            section.departmentId = m_departmentIds.value(u8(row.department));
            section.code = u8(row.code);
            section.nameJa = u8(row.nameJa);
            section.nameEn = u8(row.nameEn);
            section.sortOrder = (++order) * 10;
            if (!m_master.addSection(section))
                return fail(DemoRegister::tr("Adding the section %1").arg(section.code),
                            m_master.lastError());
            SectionInfo info;
            info.id = section.id;
            info.departmentId = section.departmentId;
            info.departmentCode = u8(row.department);
            info.name = section.nameJa;
            info.place = u8(row.place);
            m_sections.insert(section.code, info);
        }
        return true;
    }

    // A fresh fictional name; the login (given-name initial and surname) is unique as well.
    Person newPerson(const QString& title, qint64 departmentId, qint64 sectionId, bool withLogin) {
        const int surnames = int(std::size(kSurnames));
        const int givenNames = int(std::size(kGivenNames));
        Person p;
        for (;;) {
            const NameRow& family = kSurnames[m_rng.below(surnames)];
            const NameRow& given = kGivenNames[m_rng.below(givenNames)];
            p.name = u8(family.kanji) + QChar(u'　') + u8(given.kanji);
            if (m_usedNames.contains(p.name))
                continue;
            m_usedNames.insert(p.name);
            if (withLogin) {
                const QString base = QString::fromLatin1(given.romaji).left(1) + QLatin1Char('.') +
                                     QString::fromLatin1(family.romaji);
                QString login = base;
                for (int n = 2; m_usedLogins.contains(login); ++n)
                    login = base + QString::number(n);
                m_usedLogins.insert(login);
                p.login = login;
                p.email = login + QStringLiteral("@city.minamino.example");
            }
            break;
        }
        p.title = title;
        p.departmentId = departmentId;
        p.sectionId = sectionId;
        p.phone = QStringLiteral("内線%1").arg(2000 + m_phone++);
        return p;
    }

    bool savePerson(Person& p) {
        if (!m_master.addPerson(p))
            return fail(DemoRegister::tr("Adding the person %1").arg(p.name), m_master.lastError());
        return true;
    }

    bool addPeople() {
        Person ciso = newPerson(QStringLiteral("副市長（最高情報セキュリティ責任者）"), 0, 0, true);
        if (!savePerson(ciso))
            return false;
        for (const DepartmentRow& row : kDepartments) {
            Person head =
                newPerson(u8(row.headTitle), m_departmentIds.value(u8(row.code)), 0, true);
            if (!savePerson(head))
                return false;
        }
        for (const SectionRow& row : kSections) {
            SectionInfo& section = m_sections[u8(row.code)];
            Person head = newPerson(QStringLiteral("課長"), section.departmentId, section.id, true);
            if (!savePerson(head))
                return false;
            section.headId = head.id;
            section.headName = head.name;
            const int staff = 1 + m_rng.below(2);
            for (int i = 0; i < staff; ++i) {
                const QString title =
                    u8(kStaffTitles[i == 0 ? m_rng.below(2) : 1 + m_rng.below(2)]);
                Person member = newPerson(title, section.departmentId, section.id, i == 0);
                if (!savePerson(member))
                    return false;
                section.staffIds.append(member.id);
            }
        }
        // The security officer who reviews every department's classifications.
        SectionInfo& joho = m_sections[QStringLiteral("SEI-JOHO")];
        Person officer = newPerson(QStringLiteral("主査（情報セキュリティ担当）"),
                                   joho.departmentId, joho.id, true);
        if (!savePerson(officer))
            return false;
        joho.staffIds.append(officer.id);
        m_officerName = officer.name;
        return true;
    }

    // Review history: most approved within the review period, some overdue, a few still in the
    // workflow. The asset number's year is never later than its last review, and assets that
    // later leave service were last approved before they did.
    void applyReview(Asset& a, int& year) {
        const int roll = m_rng.below(100);
        const int oldest = m_today.year() - 4;
        const auto leaving = m_statusDaysAgo.constFind(a.name);
        if (leaving != m_statusDaysAgo.constEnd()) {
            a.reviewState = ReviewState::Approved;
            a.lastReviewedOn = m_today.addDays(-*leaving - m_rng.between(30, 300));
        } else if (roll < 4) {
            a.reviewState = ReviewState::Draft;
            year = m_today.year();
            return;
        } else if (roll < 8) {
            a.reviewState = ReviewState::Submitted;
            year = m_today.year() - m_rng.below(2);
            return;
        } else if (roll < 11) {
            a.reviewState = ReviewState::Returned;
            if (roll < 10) // returned after a change to an asset approved long ago
                a.lastReviewedOn = m_today.addDays(-m_rng.between(400, 700));
        } else {
            a.reviewState = ReviewState::Approved;
            a.lastReviewedOn = roll < 24 ? m_today.addDays(-m_rng.between(400, 900))
                                         : m_today.addDays(-m_rng.between(7, 350));
        }
        const int latest = a.lastReviewedOn.isValid() ? a.lastReviewedOn.year() : m_today.year();
        year = std::min(latest, oldest + m_rng.below(latest - oldest + 1));
    }

    QString contractNumber(int year) {
        return QStringLiteral("R%1委第%2号").arg(year - 2018).arg(m_rng.between(101, 899));
    }

    QList<AssetRestriction> restrictionsFor(const Asset& a, const QString& recovery) const {
        const ReferenceData& ref = m_assets.reference();
        const ClassificationScheme* scheme = ref.scheme(a.schemeCode);
        QStringList codes;
        const std::pair<Axis, QString> levels[] = {{Axis::Confidentiality, a.confidentiality},
                                                   {Axis::Integrity, a.integrity},
                                                   {Axis::Availability, a.availability}};
        for (const auto& [axis, code] : levels) {
            if (const auto level = scheme->findLevel(axis, code))
                codes += level->defaultRestrictions;
        }
        const bool paper = a.medium == Medium::Paper;
        const bool facility = a.subType == QLatin1String("facility");
        if (paper) {
            codes.removeAll(QStringLiteral("encryption"));
            codes.removeAll(QStringLiteral("backup"));
            codes.removeAll(QStringLiteral("recovery_time"));
        }
        if (facility) {
            for (const char* code :
                 {"no_copy", "no_distribution", "encryption", "copy_permit", "distribution_permit"})
                codes.removeAll(QString::fromLatin1(code));
        }
        if (a.confidentiality == QLatin1String("3A"))
            codes << QStringLiteral("no_forwarding");
        if (paper || a.medium == Medium::Both || a.subType == QLatin1String("media"))
            codes << QStringLiteral("storage_place");
        if (a.category == AssetCategory::Information && !a.retention.isEmpty())
            codes << QStringLiteral("dispose_after_retention");
        if (codes.isEmpty()) // public, low-impact assets: changes still go through approval
            codes << QStringLiteral("rewrite_permit");

        QList<AssetRestriction> result;
        for (const HandlingRestriction& r : ref.restrictions) { // keeps the catalogue's order
            if (!codes.contains(r.code))
                continue;
            QString parameter;
            if (r.code == QLatin1String("recovery_time"))
                parameter = recovery.isEmpty() ? QStringLiteral("24時間") : recovery;
            else if (r.code == QLatin1String("storage_place"))
                parameter = a.location;
            result.append({r.code, parameter});
        }
        return result;
    }

    void fillOwners(Asset& a, const SectionInfo& section) {
        a.departmentId = section.departmentId;
        a.sectionId = section.id;
        a.ownerId = section.headId;
        a.custodianId = section.staffIds.value(m_rng.below(int(section.staffIds.size())));
        a.schemeCode = QStringLiteral("MIC2024");
    }

    bool create(Asset& a, const SectionInfo& section, const QString& recovery) {
        int year = m_today.year();
        applyReview(a, year);
        if (a.outsourced && a.contractNumber.isEmpty())
            a.contractNumber = contractNumber(year);
        if (a.classificationNote.isEmpty())
            a.classificationNote = derivedNote(a);
        if (a.disposalMethod.isEmpty())
            a.disposalMethod = plannedDisposal(a);
        a.restrictions = restrictionsFor(a, recovery);
        a.assetNumber = m_assets.nextAssetNumber(section.departmentCode, year);
        if (!m_assets.create(a))
            return fail(DemoRegister::tr("Creating the asset %1").arg(a.name),
                        m_assets.lastError());
        m_byName.insert(a.name, {a.id, a.version,
                                 section.headName + QStringLiteral("（") + section.name +
                                     QStringLiteral("長）")});
        return true;
    }

    bool addInfrastructure() {
        for (const InfraRow& row : kInfrastructure) {
            const SectionInfo& section = m_sections[u8(row.section)];
            Asset a;
            a.name = u8(row.name);
            a.category = AssetCategory::Infrastructure;
            a.subType = u8(row.type);
            a.description = u8(row.description);
            fillOwners(a, section);
            setLevels(a, row.levels);
            a.segment = segmentFrom(row.segment);
            a.personalInfo = personalFrom(row.personal);
            a.medium = Medium::Electronic;
            a.location = row.location ? u8(row.location)
                                      : QString(section.place + QLatin1Char(' ') + section.name +
                                                QStringLiteral("執務室"));
            a.userScope =
                row.scope ? u8(row.scope) : QString(section.name + QStringLiteral("職員"));
            a.classificationNote = u8(row.note);
            if (row.cloud >= 0) {
                const CloudRow& cloud = kClouds[row.cloud];
                a.cloudService = true;
                a.cloudServiceName = u8(cloud.service);
                a.cloudCertification = u8(cloud.certification);
                a.outsourced = true;
                a.contractor = u8(kContractors[cloud.contractor]);
            } else if (row.contractor >= 0) {
                a.outsourced = true;
                a.contractor = u8(kContractors[row.contractor]);
            }
            if (row.livesOn)
                a.livesOnIds = {m_created.value(u8(row.livesOn)).id};
            const QString recovery = u8(row.recovery);
            if (!create(a, section, recovery))
                return false;
            CreatedAsset created;
            created.id = a.id;
            created.version = a.version;
            created.location = a.location;
            created.recovery = recovery;
            created.segment = a.segment;
            created.cloud = a.cloudService;
            created.cloudName = a.cloudServiceName;
            created.cloudCertification = a.cloudCertification;
            created.contractor = a.contractor;
            created.contractNumber = a.contractNumber;
            m_created.insert(u8(row.tag), created);
        }
        return true;
    }

    // Terminals and USB sticks are many and alike: generated per section from its counts.
    bool addTerminals() {
        struct Kind {
            const char* label;
            const char* levels;
            Segment segment;
            const char* description;
        };
        const Kind kinds[] = {
            {"業務用端末", "3C21", Segment::Lgwan,
             "LGWAN接続系の業務用端末（Windows 11）。グループウェア、"
             "文書管理及び財務会計等に使用する。"},
            {"マイナンバー利用事務系端末", "3B21", Segment::MyNumber,
             "マイナンバー利用事務系の端末。生体認証による二要素認証を設定し、"
             "外部記録媒体への書込みを禁止している。"},
            {"インターネット接続系端末", "211", Segment::Internet,
             "インターネット接続系の端末。ホームページの更新やSNSの運用等に使用し、"
             "LGWAN接続系とは接続しない。"},
            {"暗号化USBメモリ", "3C21", Segment::None,
             "庁外との電子データの受渡しに使用する暗号化機能付きUSBメモリ。使用の都度、"
             "情報政策課の許可を得る。"},
        };
        for (const SectionRow& row : kSections) {
            const SectionInfo& section = m_sections[u8(row.code)];
            const int counts[] = {row.lgwanPcs, row.myNumberPcs, row.internetPcs, row.usbSticks};
            for (int k = 0; k < 4; ++k) {
                const Kind& kind = kinds[k];
                const bool usb = k == 3;
                for (int n = 1; n <= counts[k]; ++n) {
                    Asset a;
                    a.name = section.name + QLatin1Char(' ') + u8(kind.label) +
                             QStringLiteral(" #%1").arg(n, 2, 10, QLatin1Char('0'));
                    a.category = AssetCategory::Infrastructure;
                    a.subType = usb ? QStringLiteral("media") : QStringLiteral("pc");
                    a.description = u8(kind.description);
                    if (!usb && m_rng.below(4) == 0)
                        a.description +=
                            QStringLiteral("ノート型（庁外への持出しは課長の許可制）。");
                    fillOwners(a, section);
                    setLevels(a, kind.levels);
                    a.segment = kind.segment;
                    a.personalInfo = usb ? PersonalInfo::Personal : PersonalInfo::None;
                    a.medium = Medium::Electronic;
                    a.location =
                        usb ? QString(section.name + QStringLiteral(" 執務室 施錠キャビネット"))
                            : QString(section.place + QLatin1Char(' ') + section.name +
                                      QStringLiteral("執務室"));
                    a.userScope = section.name + QStringLiteral("職員");
                    if (!create(a, section, QString()))
                        return false;
                }
            }
        }
        return true;
    }

    bool addInformation() {
        for (const InfoRow& row : kInformation) {
            const SectionInfo& section = m_sections[u8(row.section)];
            Asset a;
            a.name = u8(row.name);
            a.subType = u8(row.type);
            a.category = a.subType == QLatin1String("data") || a.subType == QLatin1String("paper")
                             ? AssetCategory::Information
                             : AssetCategory::SystemDocument;
            a.description = u8(row.description);
            fillOwners(a, section);
            setLevels(a, row.levels);
            a.personalInfo = personalFrom(row.personal);
            a.retention = u8(row.retention);
            a.classificationNote = u8(row.note);
            QString recovery;
            if (a.subType == QLatin1String("paper")) {
                a.medium = Medium::Paper;
                a.segment = Segment::None;
                a.location = u8(row.location);
            } else {
                const CreatedAsset host = m_created.value(u8(row.livesOn));
                a.livesOnIds = {host.id};
                a.segment = host.segment;
                recovery = host.recovery;
                if (a.category == AssetCategory::SystemDocument) {
                    a.medium = Medium::Both;
                    a.location = section.name + QStringLiteral(" 書庫（電子版はファイルサーバ）");
                } else {
                    a.medium = Medium::Electronic;
                    a.location = host.location;
                    if (host.cloud) { // the data sits with the cloud provider, under its contract
                        a.cloudService = true;
                        a.cloudServiceName = host.cloudName;
                        a.cloudCertification = host.cloudCertification;
                        a.outsourced = true;
                        a.contractor = host.contractor;
                        a.contractNumber = host.contractNumber;
                    }
                }
            }
            if (a.confidentiality == QLatin1String("3A"))
                a.userScope = section.name + QStringLiteral("長及び指定された職員のみ");
            else if (a.confidentiality.startsWith(QLatin1Char('3')))
                a.userScope = section.name + QStringLiteral("職員（関係職員のみ）");
            else if (a.confidentiality == QLatin1String("1"))
                a.userScope = QStringLiteral("制限なし（公表済み）");
            else
                a.userScope = section.name + QStringLiteral("職員");
            if (!create(a, section, recovery))
                return false;
        }
        return true;
    }

    bool changeStatuses() {
        for (const StatusRow& row : kStatusChanges) {
            const QString name = u8(row.name);
            const auto it = m_byName.constFind(name);
            if (it == m_byName.constEnd()) {
                if (m_error)
                    *m_error = DemoRegister::tr("Demo register: no asset named %1").arg(name);
                return false;
            }
            const QDate date = m_today.addDays(-row.daysAgo);
            bool ok = false;
            if (row.dispose) {
                const QString witness = it->owner + QStringLiteral("、") + m_officerName +
                                        QStringLiteral("（情報政策課）");
                ok = m_assets.dispose(it->id, it->version, u8(row.method), witness, u8(row.reason),
                                      date);
            } else {
                ok = m_assets.retire(it->id, it->version, u8(row.reason), date);
            }
            if (!ok)
                return fail(DemoRegister::tr("Changing the status of %1").arg(name),
                            m_assets.lastError());
        }
        return true;
    }

    struct Named {
        qint64 id = 0;
        int version = 0;
        QString owner; // name and title, for the disposal witness
    };

    Database& m_db;
    MasterDataRepository m_master;
    AssetRepository m_assets;
    Rng m_rng;
    QString* m_error;
    bool m_withAssets = true;
    const QDate m_today;
    QHash<QString, qint64> m_departmentIds;
    QHash<QString, SectionInfo> m_sections;
    QHash<QString, CreatedAsset> m_created;
    QHash<QString, Named> m_byName;
    QHash<QString, int> m_statusDaysAgo;
    QSet<QString> m_usedNames;
    QSet<QString> m_usedLogins;
    QString m_officerName;
    int m_phone = 101;
};

} // namespace

bool DemoRegister::populate(Database& db, QString* error, const Options& options) {
    Builder builder(db, options, error);
    return builder.run();
}

} // namespace assetreg
