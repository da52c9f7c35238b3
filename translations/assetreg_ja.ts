<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AssetField</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Asset number</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>係</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>管理責任者</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>利用者範囲</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Network segment</source>
        <translation>ネットワーク区分</translation>
    </message>
    <message>
        <source>Lives on</source>
        <translation>稼働基盤（依存先）</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>格付基準</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Reason for classification</source>
        <translation>格付の理由</translation>
    </message>
    <message>
        <source>Handling restrictions</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Outsourced</source>
        <translation>業務委託</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>契約番号</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <source>Cloud service name</source>
        <translation>クラウドサービス名</translation>
    </message>
    <message>
        <source>Cloud certification</source>
        <translation>クラウド認証（ISMAP等）</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Disposal method</source>
        <translation>廃棄方法</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状態変更日</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>状態変更の理由</translation>
    </message>
    <message>
        <source>Disposal witness</source>
        <translation>廃棄立会者</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>審査状態</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>最終審査日</translation>
    </message>
    <message>
        <source>Reason for a level below the information it holds</source>
        <translation>稼働する情報より低い格付とする理由</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Connection string: &quot;%1&quot; has no value (expected key=value).</source>
        <translation>接続文字列: 「%1」に値がありません（key=value の形式で指定してください）。</translation>
    </message>
    <message>
        <source>Connection string: the quoted value of &quot;%1&quot; is not closed.</source>
        <translation>接続文字列: 「%1」の値の引用符が閉じられていません。</translation>
    </message>
    <message>
        <source>Connection string: &quot;%1&quot; is not a valid port.</source>
        <translation>接続文字列: 「%1」はポート番号として正しくありません。</translation>
    </message>
    <message>
        <source>Connection string: unknown keyword &quot;%1&quot;.</source>
        <translation>接続文字列: 「%1」は不明なキーワードです。</translation>
    </message>
    <message>
        <source>Connection string: dbname is missing.</source>
        <translation>接続文字列: dbname が指定されていません。</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>(1) Networks, systems, facilities and media</source>
        <translation>(1) ネットワーク・情報システム・設備・電磁的記録媒体</translation>
    </message>
    <message>
        <source>(2) Information (printed copies included)</source>
        <translation>(2) 情報（印刷した文書を含む）</translation>
    </message>
    <message>
        <source>(3) System documents</source>
        <translation>(3) システム関連文書</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>電子</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>紙</translation>
    </message>
    <message>
        <source>Electronic and paper</source>
        <translation>電子・紙</translation>
    </message>
    <message>
        <source>My Number segment</source>
        <translation>マイナンバー利用事務系</translation>
    </message>
    <message>
        <source>LGWAN segment</source>
        <translation>LGWAN接続系</translation>
    </message>
    <message>
        <source>Internet segment</source>
        <translation>インターネット接続系</translation>
    </message>
    <message>
        <source>Not networked</source>
        <translation>ネットワーク非接続</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Sensitive personal information</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>My Number (specific personal) information</source>
        <translation>特定個人情報</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>利用終了</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>廃棄済</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>審査待ち</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Changed since approval</source>
        <translation>承認後変更あり</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Approved by the section head</source>
        <translation>所属長承認済</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>低減</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移転</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受容</translation>
    </message>
</context>
<context>
    <name>RegisterStatistics</name>
    <message>
        <source>Counting the register</source>
        <translation>台帳の件数集計</translation>
    </message>
</context>
<context>
    <name>RiskStatistics</name>
    <message>
        <source>Counting the risks</source>
        <translation>リスクを集計しています</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Department staff</source>
        <translation>入力担当</translation>
    </message>
    <message>
        <source>Section head</source>
        <translation>所属長</translation>
    </message>
    <message>
        <source>Security officer</source>
        <translation>情報セキュリティ担当</translation>
    </message>
    <message>
        <source>Reader (committee, audit)</source>
        <translation>閲覧（委員会・監査）</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
</context>
<context>
    <name>assetreg::AccessControl</name>
    <message>
        <source>You (%1, %2)</source>
        <translation>あなた（%1、%2）は</translation>
    </message>
    <message>
        <source>Your login &quot;%1&quot; is not registered as a user of this register, so you</source>
        <translation>ログイン名「%1」はこの台帳の利用者として登録されていないため、</translation>
    </message>
    <message>
        <source>may change only your own department&apos;s assets</source>
        <translation>自分の所管課の資産しか変更できません</translation>
    </message>
    <message>
        <source>may only read the register</source>
        <translation>台帳の閲覧しかできません</translation>
    </message>
    <message>
        <source>may not change users or master data (only administrators)</source>
        <translation>利用者やマスタデータは変更できません（変更できるのは管理者です）</translation>
    </message>
    <message>
        <source>%1 %2: %3 was not done.</source>
        <translation>%3は行いませんでした。%1%2。</translation>
    </message>
    <message>
        <source>adding the user %1</source>
        <translation>利用者「%1」の追加</translation>
    </message>
    <message>
        <source>Adding the user %1</source>
        <translation>利用者「%1」の追加</translation>
    </message>
    <message>
        <source>changing the role of %1</source>
        <translation>「%1」の役割の変更</translation>
    </message>
    <message>
        <source>Changing the role of %1</source>
        <translation>「%1」の役割の変更</translation>
    </message>
    <message>
        <source>No user with the login &quot;%1&quot;.</source>
        <translation>ログイン名「%1」の利用者は登録されていません。</translation>
    </message>
    <message>
        <source>may not approve for this department (only its section head, a security officer or an administrator)</source>
        <translation>この所管課の承認はできません（承認できるのは所属長、情報セキュリティ担当、管理者です）</translation>
    </message>
    <message>
        <source>may not approve or return reviews (only security officers and administrators)</source>
        <translation>審査の承認・差戻しはできません（できるのは情報セキュリティ担当と管理者です）</translation>
    </message>
    <message>
        <source>Enter the login of the user to add.</source>
        <translation>追加する利用者のログイン名を入力してください。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already registered.</source>
        <translation>ログイン名「%1」はすでに登録されています。</translation>
    </message>
    <message>
        <source>%1 needs a department: choose the department whose assets %2 keeps.</source>
        <translation>%1には所管課が必要です。%2さんが管理する資産の所管課を選んでください。</translation>
    </message>
    <message>
        <source>The register is open read-only; %1 is not possible.</source>
        <translation>台帳は読み取り専用で開かれているため、%1はできません。</translation>
    </message>
</context>
<context>
    <name>assetreg::ApplyRiskTemplateDialog</name>
    <message>
        <source>Apply Risk Template</source>
        <translation>リスク評価テンプレートの適用</translation>
    </message>
    <message numerus="yes">
        <source>Assess %n selected asset(s) of the sub-type %1 with a template. Each asset gets the template&apos;s threats; you can adjust single assets afterwards.</source>
        <translation>
            <numerusform>選択した%1の資産 %n 件をテンプレートで評価します。各資産にテンプレートの脅威が設定されます。個々の資産は後から調整できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s)</source>
        <translation>
            <numerusform>脅威 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace threats already assessed with the template&apos;s values</source>
        <translation>評価済みの脅威もテンプレートの値で置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>assetreg::AssetDetailView</name>
    <message numerus="yes">
        <source>%n assets selected.</source>
        <translation>
            <numerusform>%n件の資産を選択しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an asset to see its details.</source>
        <translation>資産を選択すると、ここに詳細が表示されます。</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>要確認事項</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未審査</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Assets on this system</source>
        <translation>この基盤で稼働する資産</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>リスク</translation>
    </message>
</context>
<context>
    <name>assetreg::AssetEditorDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>New information asset</source>
        <translation>情報資産の新規登録</translation>
    </message>
    <message>
        <source>Edit information asset %1</source>
        <translation>情報資産の編集: %1</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>管理体制</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>格付</translation>
    </message>
    <message>
        <source>Outsourcing and cloud</source>
        <translation>委託・クラウド</translation>
    </message>
    <message>
        <source>Retention and disposal</source>
        <translation>保存・廃棄</translation>
    </message>
    <message>
        <source>Consistency checks:</source>
        <translation>整合性チェック:</translation>
    </message>
    <message>
        <source>Double-click a finding to go to its field.</source>
        <translation>指摘事項をダブルクリックすると、該当する項目に移動します。</translation>
    </message>
    <message>
        <source>Save the asset (%1)</source>
        <translation>資産を保存します（%1）</translation>
    </message>
    <message>
        <source>Proposed when you choose the department</source>
        <translation>所管課を選択すると自動で提案されます</translation>
    </message>
    <message>
        <source>Asset num&amp;ber:</source>
        <translation>管理番号(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分類(&amp;C):</translation>
    </message>
    <message>
        <source>Choose the type</source>
        <translation>種別を選択してください</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種別(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>媒体(&amp;M):</translation>
    </message>
    <message>
        <source>For example the server room or a cabinet</source>
        <translation>例: サーバ室、書庫のキャビネット</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>保管場所(&amp;L):</translation>
    </message>
    <message>
        <source>Who uses it, for example the staff of the department</source>
        <translation>利用する人の範囲。例: 所管課の職員</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>利用者範囲(&amp;U):</translation>
    </message>
    <message>
        <source>Network se&amp;gment:</source>
        <translation>ネットワーク区分(&amp;G):</translation>
    </message>
    <message>
        <source>Filter the systems by number or name</source>
        <translation>管理番号または名称でシステムを絞り込み</translation>
    </message>
    <message>
        <source>Lives &amp;on:</source>
        <translation>稼働基盤（依存先）(&amp;O):</translation>
    </message>
    <message>
        <source>The systems (category (1)) this asset is kept on or runs on.</source>
        <translation>この資産を保存している、またはこの資産が稼働しているシステム（分類(1)）です。</translation>
    </message>
    <message>
        <source>Choose the department</source>
        <translation>所管課を選択してください</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>所管課(&amp;D):</translation>
    </message>
    <message>
        <source>Sec&amp;tion:</source>
        <translation>係(&amp;T):</translation>
    </message>
    <message>
        <source>Choose the owner</source>
        <translation>管理責任者を選択してください</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>管理責任者(&amp;O):</translation>
    </message>
    <message>
        <source>The member of staff who looks after the asset day to day.</source>
        <translation>日常的に資産を管理する職員です。</translation>
    </message>
    <message>
        <source>C&amp;ustodian:</source>
        <translation>担当者(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Guide…</source>
        <translation>格付ガイド(&amp;G)…</translation>
    </message>
    <message>
        <source>Answer a few questions and get a proposed classification with its reasons.</source>
        <translation>いくつかの質問に答えると、格付の案とその理由が示されます。</translation>
    </message>
    <message>
        <source>Sch&amp;eme:</source>
        <translation>格付基準(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Personal information:</source>
        <translation>個人情報(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation>機密性(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Integrity:</source>
        <translation>完全性(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>可用性(&amp;A):</translation>
    </message>
    <message>
        <source>Choose a level</source>
        <translation>レベルを選択してください</translation>
    </message>
    <message>
        <source>&amp;Reason for the levels:</source>
        <translation>格付の理由(&amp;R):</translation>
    </message>
    <message>
        <source>Only for a system classified lower than the information on it: why that is acceptable.</source>
        <translation>稼働する情報より低い格付のシステムの場合だけ、それが許容される理由を入力します。</translation>
    </message>
    <message>
        <source>Reason for a l&amp;ower level:</source>
        <translation>低い格付とする理由(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Handling restrictions:</source>
        <translation>取扱制限(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Value for the selected restriction:</source>
        <translation>選択した取扱制限の値(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Outsourced to a contractor</source>
        <translation>業務委託あり(&amp;O)</translation>
    </message>
    <message>
        <source>Con&amp;tractor:</source>
        <translation>委託先(&amp;T):</translation>
    </message>
    <message>
        <source>The contract (or terms of use) that sets the security terms (Article 7(8)).</source>
        <translation>情報セキュリティに関する事項を定めた契約（または利用規約）です（第7条(8)）。</translation>
    </message>
    <message>
        <source>Contract &amp;number:</source>
        <translation>契約番号(&amp;N):</translation>
    </message>
    <message>
        <source>Uses a &amp;cloud service</source>
        <translation>クラウドサービスを利用(&amp;C)</translation>
    </message>
    <message>
        <source>Service na&amp;me:</source>
        <translation>サービス名(&amp;M):</translation>
    </message>
    <message>
        <source>For example ISMAP</source>
        <translation>例: ISMAP</translation>
    </message>
    <message>
        <source>Certi&amp;fication:</source>
        <translation>認証(&amp;F):</translation>
    </message>
    <message>
        <source>For example 5 years, or permanent</source>
        <translation>例: 5年、永年</translation>
    </message>
    <message>
        <source>&amp;Retention period:</source>
        <translation>保存期間(&amp;R):</translation>
    </message>
    <message>
        <source>For example shredding, or erasing the data</source>
        <translation>例: 裁断、データ消去</translation>
    </message>
    <message>
        <source>&amp;Disposal method:</source>
        <translation>廃棄方法(&amp;D):</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>For example 24 hours, or the cabinet&apos;s name</source>
        <translation>例: 24時間、キャビネットの名称</translation>
    </message>
    <message>
        <source>Only for restrictions marked &quot;value needed&quot;</source>
        <translation>「値が必要」と表示された取扱制限の場合のみ</translation>
    </message>
    <message>
        <source>%1 (value needed)</source>
        <translation>%1（値が必要）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Disposal witness: %1</source>
        <translation>廃棄立会者: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>審査: %1</translation>
    </message>
    <message>
        <source>Last reviewed: %1</source>
        <translation>最終審査日: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未審査</translation>
    </message>
    <message>
        <source>Version %1, saved by %2</source>
        <translation>バージョン%1（保存者: %2）</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation>台帳を読み取り専用で開いています。</translation>
    </message>
    <message>
        <source>A disposed asset&apos;s record cannot be changed.</source>
        <translation>廃棄済の資産の記録は変更できません。</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>指摘事項はありません。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Classification guide</source>
        <translation>格付ガイド</translation>
    </message>
    <message>
        <source>Choose a classification scheme first.</source>
        <translation>先に格付基準を選択してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Asset not saved</source>
        <translation>資産を保存できませんでした</translation>
    </message>
    <message>
        <source>The asset no longer exists in the register.</source>
        <translation>この資産は既に台帳に存在しません。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更の破棄</translation>
    </message>
    <message>
        <source>You have changed this asset. Discard your changes?</source>
        <translation>この資産は変更されています。変更内容を破棄しますか？</translation>
    </message>
    <message>
        <source>The manager responsible for the asset, usually the head of the department. People of the department are listed first.</source>
        <translation>資産の管理に責任を持つ管理職（通常は所属長）です。所管課の職員が先頭に表示されます。</translation>
    </message>
</context>
<context>
    <name>assetreg::AssetExporter</name>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation>「%1」は不明な列です。</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>書き出しを中止しました。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）: %3</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルに書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Information Asset Register</source>
        <translation>情報資産管理台帳</translation>
    </message>
</context>
<context>
    <name>assetreg::AssetHistoryDialog</name>
    <message>
        <source>Asset History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>この版を復元(&amp;R)…</translation>
    </message>
    <message>
        <source>History of %1 %2 (now version %3)</source>
        <translation>%1 %2の変更履歴（現在は第%3版）</translation>
    </message>
    <message>
        <source>This asset no longer exists.</source>
        <translation>この資産は既に存在しません。</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>履歴を選択すると、変更された内容が表示されます。</translation>
    </message>
    <message>
        <source>Version %1, %2: no field changed.</source>
        <translation>第%1版（%2）: 変更された項目はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, %2: %n fields changed.</source>
        <translation>
            <numerusform>第%1版（%2）: %n件の項目が変更されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an earlier entry of the history.</source>
        <translation>履歴から以前の版を選択してください。</translation>
    </message>
    <message>
        <source>You may not change the assets of %1, so you cannot restore a version.</source>
        <translation>%1の資産を変更する権限がないため、版を復元できません。</translation>
    </message>
    <message>
        <source>This is the current version. Select an earlier entry.</source>
        <translation>これは現在の版です。以前の版を選択してください。</translation>
    </message>
    <message>
        <source>Save the asset as it was at version %1 as a new change</source>
        <translation>第%1版の時点の内容を、新しい変更として保存します</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>版の復元</translation>
    </message>
    <message>
        <source>Restore %1 as it was at version %2 (%3)?

The fields are saved as a new change; the history keeps every version, so this can be undone the same way.</source>
        <translation>%1を第%2版（%3）の時点の内容に復元しますか？

項目の内容は新しい変更として保存されます。変更履歴にはすべての版が残るため、同じ方法で元に戻すことができます。</translation>
    </message>
</context>
<context>
    <name>assetreg::AssetImporter</name>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>%1行目 %2列目（%3）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>%1列目（%2）</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>取り込みを中止しました。台帳は変更していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found: nothing was imported. Correct the file and import again.</source>
        <translation>
            <numerusform>エラーが%n件あるため、何も取り込んでいません。ファイルを修正してから、もう一度取り込んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>ファイルに行がありません。</translation>
    </message>
    <message>
        <source>The sheet holds no rows.</source>
        <translation>シートに値の入った行がありません。</translation>
    </message>
    <message>
        <source>this column is not imported (no field takes it).</source>
        <translation>この列は取り込みません（対応する項目がありません）。</translation>
    </message>
    <message>
        <source>no column gives the asset&apos;s name. Check the header row and the mapping (%1).</source>
        <translation>資産の名称に当たる列がありません。見出し行と列の対応付け（%1）を確認してください。</translation>
    </message>
    <message>
        <source>the number %1 is also on line %2 of this file.</source>
        <translation>管理番号%1は、このファイルの%2行目にもあります。</translation>
    </message>
    <message>
        <source>confidentiality &quot;%1&quot; is a level of the scheme %2, not of %3: the asset is registered under %2. Reclassify it when it is reviewed.</source>
        <translation>機密性「%1」は格付基準「%3」ではなく「%2」のレベルのため、この資産は格付基準「%2」で登録されます。審査の際に格付を見直してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is above the scheme&apos;s highest level; it is read as %2.</source>
        <translation>「%1」は格付基準の最も高いレベルを超えているため、%2として読み込みます。</translation>
    </message>
    <message>
        <source>it lives on %1, which is neither in the register nor in this file.</source>
        <translation>稼働基盤（依存先）の%1が、台帳にもこのファイルにもありません。</translation>
    </message>
    <message>
        <source>the department &quot;%1&quot; will be created.</source>
        <translation>所管課「%1」を新たに作成します。</translation>
    </message>
    <message>
        <source>(unsorted)</source>
        <translation>（未分類）</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s): %1 added, %2 updated, %3 skipped.</source>
        <translation>
            <numerusform>%n行を取り込みました（追加 %1件、更新 %2件、スキップ %3件）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s), nothing written (dry run): %1 to add, %2 to update, %3 to skip.</source>
        <translation>
            <numerusform>%n行を確認しました。台帳は変更していません（追加予定 %1件、更新予定 %2件、スキップ %3件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>the number %1 is already in the register. To change that asset, import with the mode &quot;update&quot;; to leave it as it is, with &quot;skip&quot;.</source>
        <translation>管理番号%1は既に台帳にあります。その資産を変更するにはモード「既存の資産を更新」（update）で、そのままにするには「その行をスキップ」（skip）で取り込んでください。</translation>
    </message>
    <message>
        <source>the department &quot;%1&quot; is not registered. Register it first, or let the import create departments that do not exist yet.</source>
        <translation>所管課「%1」は登録されていません。先に登録するか、「登録されていない所管課を作成する」を選んで取り込んでください。</translation>
    </message>
    <message>
        <source>no owner: add an owner column to the file, or register a person in the department first.</source>
        <translation>管理責任者がありません。ファイルに管理責任者の列を加えるか、先に所管課の職員を登録してください。</translation>
    </message>
    <message>
        <source>the department &quot;%1&quot; does not exist, and only an administrator can create departments: ask one to add it (Settings → Organisation), or correct the name.</source>
        <translation>所管課「%1」は登録されておらず、所管課を作成できるのは管理者だけです。管理者に追加を依頼する（設定 → 組織）か、名称を直してください。</translation>
    </message>
</context>
<context>
    <name>assetreg::AssetRepository</name>
    <message>
        <source>Reading the register</source>
        <translation>台帳の読み込み</translation>
    </message>
    <message>
        <source>Checking the asset number</source>
        <translation>管理番号の確認</translation>
    </message>
    <message>
        <source>The asset number %1 is already used by &quot;%2&quot; (%3).</source>
        <translation>管理番号%1は既に「%2」（%3）で使用されています。</translation>
    </message>
    <message>
        <source>Checking the dependencies</source>
        <translation>稼働基盤（依存先）の確認</translation>
    </message>
    <message>
        <source>The system it lives on (#%1) does not exist.</source>
        <translation>稼働基盤（依存先）の資産（#%1）が存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a network, system, facility or medium (category (1)), so nothing can live on it.</source>
        <translation>%1はネットワーク・情報システム・設備・電磁的記録媒体（分類(1)）ではないため、稼働基盤（依存先）に指定できません。</translation>
    </message>
    <message>
        <source>Saving the asset %1</source>
        <translation>資産%1の保存</translation>
    </message>
    <message>
        <source>The asset %1 no longer exists.</source>
        <translation>資産%1は既に存在しません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3 after you opened it (you have version %4, the register has version %5). Nothing was overwritten: reload the asset to see the changes.</source>
        <translation>「%1」は、開いた後に%2によって%3に変更されています（開いているのはバージョン%4、台帳はバージョン%5です）。上書きはしていません。資産を再読み込みして変更内容を確認してください。</translation>
    </message>
    <message>
        <source>%1 has been disposed of; its record is kept as it is and cannot be changed.</source>
        <translation>%1は廃棄済です。記録はそのまま保存されており、変更できません。</translation>
    </message>
    <message>
        <source>Use Retire or Dispose to change the status of %1.</source>
        <translation>%1の状態を変更するには「利用終了」または「廃棄」を使用してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else while it was being saved. Nothing was overwritten: reload the asset.</source>
        <translation>「%1」は保存中に他の利用者によって変更されました。上書きはしていません。資産を再読み込みしてください。</translation>
    </message>
    <message>
        <source>The asset no longer exists.</source>
        <translation>この資産は既に存在しません。</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1は既に「%2」です。</translation>
    </message>
    <message>
        <source>Give the reason for retiring %1.</source>
        <translation>%1の利用終了の理由を入力してください。</translation>
    </message>
    <message>
        <source>Give the method of disposal for %1.</source>
        <translation>%1の廃棄方法を入力してください。</translation>
    </message>
    <message>
        <source>Finding the next asset number</source>
        <translation>次の管理番号の取得</translation>
    </message>
    <message>
        <source>Counting the assets in the register</source>
        <translation>台帳の資産件数の集計</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>「%1」（%2）</translation>
    </message>
    <message>
        <source>The asset number %1 is already used by %2.</source>
        <translation>管理番号%1は既に%2で使用されています。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>中止しました。何も保存していません。</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>検索用インデックスの更新</translation>
    </message>
    <message>
        <source>registering %1</source>
        <translation>%1の登録</translation>
    </message>
    <message>
        <source>Say why the assets are returned: the comment is what their department reads.</source>
        <translation>差し戻す理由をコメントに入力してください。コメントは所管課に伝えられます。</translation>
    </message>
    <message>
        <source>The asset #%1 no longer exists.</source>
        <translation>資産（#%1）は既に存在しません。</translation>
    </message>
    <message>
        <source>deciding on %1</source>
        <translation>%1の審査の決定</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;</source>
        <translation>%1の審査状態は「%2」です</translation>
    </message>
    <message>
        <source>%1 is %2 and is no longer reviewed</source>
        <translation>%1は「%2」のため、審査の対象ではありません</translation>
    </message>
    <message>
        <source>: the section head approves it first</source>
        <translation>（先に所属長の承認が必要です）</translation>
    </message>
    <message>
        <source>: approval by section heads is not switched on</source>
        <translation>（所属長承認は有効になっていません）</translation>
    </message>
    <message>
        <source>Nothing was decided. %1.</source>
        <translation>何も決定していません。%1。</translation>
    </message>
    <message>
        <source>Version %1 of this asset is not in its history.</source>
        <translation>この資産の変更履歴に第%1版はありません。</translation>
    </message>
    <message>
        <source>restored version %1</source>
        <translation>第%1版を復元</translation>
    </message>
    <message>
        <source>changing %1</source>
        <translation>%1の変更</translation>
    </message>
</context>
<context>
    <name>assetreg::AssetScopeBox</name>
    <message>
        <source>Assets</source>
        <translation>対象の資産</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Whole register (%n assets)</source>
        <translation>
            <numerusform>台帳全体（%n件）(&amp;W)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assets &amp;shown (%n, current filter)</source>
        <translation>
            <numerusform>表示中の資産（%n件、現在の絞り込み条件）(&amp;S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;lected assets (%n)</source>
        <translation>
            <numerusform>選択した資産（%n件）(&amp;L)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::AssetTableModel</name>
    <message>
        <source>Asset number</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Art. 5</source>
        <translation>第5条区分</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>管理責任者</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>ネットワーク区分</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>格付</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審査</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>最終審査日</translation>
    </message>
</context>
<context>
    <name>assetreg::AssetTextCodec</name>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1: 「%2」は指定できません（%3 のいずれかを指定してください）。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>「%1」は不明な項目です。</translation>
    </message>
    <message>
        <source>%1: nobody with the login or name &quot;%2&quot; is registered.</source>
        <translation>%1: ログイン名または氏名が「%2」の職員は登録されていません。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no.</source>
        <translation>%1: 「%2」は「はい」「いいえ」のどちらでもありません。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (use 2026-03-31).</source>
        <translation>%1: 「%2」は日付ではありません（2026-03-31 の形式で入力してください）。</translation>
    </message>
    <message>
        <source>%1: unknown type &quot;%2&quot; (one of %3).</source>
        <translation>%1: 種別「%2」は登録されていません（%3 のいずれかを指定してください）。</translation>
    </message>
    <message>
        <source>%1: unknown department &quot;%2&quot;.</source>
        <translation>%1: 所管課「%2」は登録されていません。</translation>
    </message>
    <message>
        <source>%1: unknown section &quot;%2&quot;.</source>
        <translation>%1: 係「%2」は登録されていません。</translation>
    </message>
    <message>
        <source>%1: unknown classification scheme &quot;%2&quot;.</source>
        <translation>%1: 格付基準「%2」は登録されていません。</translation>
    </message>
    <message>
        <source>%1: unknown handling restriction &quot;%2&quot;.</source>
        <translation>%1: 取扱制限「%2」は登録されていません。</translation>
    </message>
    <message>
        <source>%1: expected text, a number or a list.</source>
        <translation>%1: 文字列、数値またはリストで指定してください。</translation>
    </message>
</context>
<context>
    <name>assetreg::AssetValidator</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3 allowed.</source>
        <translation>%1が長すぎます（%2文字）。%3文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Enter an asset number.</source>
        <translation>管理番号を入力してください。</translation>
    </message>
    <message>
        <source>The asset number is too long: at most %1 characters.</source>
        <translation>管理番号が長すぎます。%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Enter the asset&apos;s name.</source>
        <translation>資産の名称を入力してください。</translation>
    </message>
    <message>
        <source>Choose the type of asset.</source>
        <translation>資産の種別を選択してください。</translation>
    </message>
    <message>
        <source>Unknown asset type &quot;%1&quot;.</source>
        <translation>資産の種別「%1」は登録されていません。</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; does not belong to category %2.</source>
        <translation>種別「%1」は分類「%2」に属していません。</translation>
    </message>
    <message>
        <source>Choose the department responsible for the asset (Article 7(2)).</source>
        <translation>資産の所管課を選択してください（第7条(2)）。</translation>
    </message>
    <message>
        <source>The department no longer exists.</source>
        <translation>選択した所管課は既に存在しません。</translation>
    </message>
    <message>
        <source>The section no longer exists.</source>
        <translation>選択した係は既に存在しません。</translation>
    </message>
    <message>
        <source>The section does not belong to the chosen department.</source>
        <translation>選択した係は、選択した所管課に属していません。</translation>
    </message>
    <message>
        <source>Choose the owner (the manager responsible, Article 7(2)).</source>
        <translation>管理責任者を選択してください（第7条(2)）。</translation>
    </message>
    <message>
        <source>The owner is not in the list of people.</source>
        <translation>管理責任者が職員の一覧に登録されていません。</translation>
    </message>
    <message>
        <source>The custodian is not in the list of people.</source>
        <translation>担当者が職員の一覧に登録されていません。</translation>
    </message>
    <message>
        <source>Unknown classification scheme &quot;%1&quot;.</source>
        <translation>格付基準「%1」は登録されていません。</translation>
    </message>
    <message>
        <source>Choose the %1 level.</source>
        <translation>%1のレベルを選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 level of the scheme %3.</source>
        <translation>「%1」は格付基準「%3」の%2のレベルではありません。</translation>
    </message>
    <message>
        <source>Unknown handling restriction &quot;%1&quot;.</source>
        <translation>取扱制限「%1」は登録されていません。</translation>
    </message>
    <message>
        <source>The restriction &quot;%1&quot; needs a value (for example a time or a place).</source>
        <translation>取扱制限「%1」には値（時間や場所など）を入力してください。</translation>
    </message>
    <message>
        <source>Enter the date the asset was retired or disposed.</source>
        <translation>利用終了日または廃棄日を入力してください。</translation>
    </message>
    <message>
        <source>Enter how the asset was disposed of.</source>
        <translation>廃棄方法を入力してください。</translation>
    </message>
    <message>
        <source>An asset cannot live on itself.</source>
        <translation>資産自身を稼働基盤（依存先）に指定することはできません。</translation>
    </message>
    <message>
        <source>The asset number may contain only the letters A-Z, digits and - _ . /, and must start with a letter or digit.</source>
        <translation>管理番号に使用できるのは英字（A-Z）、数字と - _ . / だけです。先頭は英字か数字にしてください。</translation>
    </message>
</context>
<context>
    <name>assetreg::AuditLog</name>
    <message>
        <source>Writing the audit log</source>
        <translation>監査ログの書き込み</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>変更履歴の読み込み</translation>
    </message>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>監査ログを読み込めません。</translation>
    </message>
    <message>
        <source>audit entry #%1 (%2, %3 %4 by %5)</source>
        <translation>監査記録 #%1（%2、%3 %4、実行者 %5）</translation>
    </message>
    <message>
        <source>Audit entry #%1 is missing: it was removed after it was written (the next entry is #%2).</source>
        <translation>監査記録 #%1 がありません。記録後に削除されています（次の記録は #%2 です）。</translation>
    </message>
    <message>
        <source>%1 is out of sequence: it was inserted after the fact.</source>
        <translation>%1の順序が正しくありません。後から挿入された記録です。</translation>
    </message>
    <message>
        <source>The chain is broken at %1: it does not follow the entry before it (an entry was removed or inserted).</source>
        <translation>%1でチェーンが途切れています。直前の記録とつながっていません（記録が削除または挿入されています）。</translation>
    </message>
    <message>
        <source>%1 was altered after it was written: its content does not match its hash.</source>
        <translation>%1は記録後に改ざんされています。内容がハッシュ値と一致しません。</translation>
    </message>
    <message>
        <source>The assets cannot be read.</source>
        <translation>資産を読み込めません。</translation>
    </message>
    <message>
        <source>Asset %1 is at version %2 but its last audit entry records version %3: the asset was changed outside the application or audit entries were removed.</source>
        <translation>資産%1はバージョン%2ですが、最後の監査記録はバージョン%3です。アプリケーション以外から資産が変更されたか、監査記録が削除されています。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries verified.</source>
        <translation>
            <numerusform>監査ログは正常です（%n件の記録を検証しました）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::AuditLogDialog</name>
    <message>
        <source>Created</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>利用終了</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>審査申請</translation>
    </message>
    <message>
        <source>Approved by the section head</source>
        <translation>所属長承認</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>取消し</translation>
    </message>
    <message>
        <source>Earlier version restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Baseline recorded</source>
        <translation>監査開始時の状態</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>利用者(&amp;U):</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>すべての利用者</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>所管課(&amp;D):</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての所管課</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>Asset &amp;number:</source>
        <translation>管理番号(&amp;N):</translation>
    </message>
    <message>
        <source>Exact asset number</source>
        <translation>管理番号（完全一致）</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>条件をクリア(&amp;L)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>User</source>
        <translation>利用者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>変更された項目</translation>
    </message>
    <message>
        <source>C&amp;hanges in the selected entry:</source>
        <translation>選択した記録の変更内容(&amp;H):</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>&amp;Verify the Audit Chain</source>
        <translation>監査ログのチェーンを検証(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and check that none was altered, inserted or removed</source>
        <translation>すべての記録のハッシュ値を計算し直し、改ざん・挿入・削除がないことを確認します</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV に書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the entries matching the filter as a CSV file</source>
        <translation>絞り込み条件に合う記録を CSV ファイルに保存します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; more match the filter. Narrow the filter to see older entries.</source>
        <translation>最新の%1件を表示しています。条件に合う記録は他にもあります。古い記録を表示するには、条件を絞り込んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries verified, chain head #%1 sha256:%2</source>
        <translation>
            <numerusform>正常: %n件の記録を検証しました。チェーン末尾 #%1 sha256:%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>異常: %1</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>監査ログの書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>ハッシュ値</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n audit entries to %1.</source>
        <translation>
            <numerusform>%n件の監査記録を「%1」に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Register settings changed</source>
        <translation>台帳の設定を変更</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>団体名</translation>
    </message>
    <message>
        <source>Review period (months)</source>
        <translation>見直し周期（月）</translation>
    </message>
    <message>
        <source>Section-head approval</source>
        <translation>所属長承認</translation>
    </message>
    <message>
        <source>Organ %1</source>
        <translation>機関 %1</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>所管課 %1</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>係 %1</translation>
    </message>
    <message>
        <source>Classification level %1</source>
        <translation>格付け %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>利用者 %1</translation>
    </message>
    <message>
        <source>Register settings</source>
        <translation>台帳の設定</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>assetreg::AutoBackup</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>フォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <source>There is no automatic backup of &quot;%1&quot;.</source>
        <translation>「%1」の自動バックアップはありません。</translation>
    </message>
    <message>
        <source>Cannot copy &quot;%1&quot; beside the register.</source>
        <translation>「%1」を台帳と同じフォルダーにコピーできません。</translation>
    </message>
    <message>
        <source>Cannot move the damaged register &quot;%1&quot; aside.</source>
        <translation>破損した台帳「%1」を退避できません。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of &quot;%1&quot;; the damaged register is kept as &quot;%2&quot;.</source>
        <translation>バックアップを「%1」の位置に置けません。破損した台帳は「%2」として保管されています。</translation>
    </message>
</context>
<context>
    <name>assetreg::BackupService</name>
    <message>
        <source>Reading %1</source>
        <translation>%1の読み込み</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1の書き込み</translation>
    </message>
    <message>
        <source>The server register is at schema version %1, this application writes version %2. Update the register first.</source>
        <translation>サーバ上の台帳はスキーマバージョン%1ですが、このアプリケーションはバージョン%2で書き込みます。先に台帳を更新してください。</translation>
    </message>
    <message>
        <source>Starting the backup</source>
        <translation>バックアップの開始</translation>
    </message>
    <message>
        <source>Preparing the backup</source>
        <translation>バックアップの準備</translation>
    </message>
    <message>
        <source>Finishing the backup</source>
        <translation>バックアップの完了処理</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>「%1」に書き込めません。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;.</source>
        <translation>「%1」を読み込めません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: %2</source>
        <translation>「%1」から復元できません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is at schema version %2 but the register is at %3.</source>
        <translation>「%1」はスキーマバージョン%2ですが、台帳はスキーマバージョン%3です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not restored because its audit log is not intact: %2</source>
        <translation>「%1」の監査ログに改ざんまたは欠落があるため、復元していません: %2</translation>
    </message>
    <message>
        <source>No safety copy of the current register could be taken, so nothing was restored: %1</source>
        <translation>現在の台帳の退避用コピーを作成できなかったため、復元していません: %1</translation>
    </message>
    <message>
        <source>Clearing the register</source>
        <translation>台帳の消去</translation>
    </message>
    <message>
        <source>restored from %1 (%2 audit entries, chain head %3)</source>
        <translation>%1から復元（監査記録%2件、チェーン末尾のハッシュ %3）</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>検索用インデックスの再構築</translation>
    </message>
</context>
<context>
    <name>assetreg::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n assets</source>
        <translation>
            <numerusform>%n件の資産の一括編集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick the fields to change. All %n selected assets are saved together, or none is.</source>
        <translation>
            <numerusform>変更する項目にチェックを付けてください。選択した%n件の資産はまとめて保存され、1件でも保存できない場合はどの資産も保存されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>所管課(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>管理責任者(&amp;O)</translation>
    </message>
    <message>
        <source>Network &amp;segment</source>
        <translation>ネットワーク区分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Confidentiality</source>
        <translation>機密性(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Integrity</source>
        <translation>完全性(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>可用性(&amp;A)</translation>
    </message>
    <message>
        <source>Add restrictions</source>
        <translation>追加する取扱制限</translation>
    </message>
    <message>
        <source>Remove restrictions</source>
        <translation>解除する取扱制限</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n assets</source>
        <translation>
            <numerusform>%n件の資産に適用</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 uses the scheme %2, which has no level %3.</source>
        <translation>%1は格付基準「%2」を使用していますが、この格付基準にはレベル「%3」がありません。</translation>
    </message>
</context>
<context>
    <name>assetreg::ClassificationGuide</name>
    <message>
        <source>The scheme %1 has no %2 levels; choose one after the administrator has added them.</source>
        <translation>格付基準「%1」には%2のレベルがありません。管理者がレベルを追加した後に選択してください。</translation>
    </message>
    <message>
        <source>%1 Proposed level: %2.</source>
        <translation>%1提案するレベル: %2。</translation>
    </message>
    <message>
        <source>The scheme %1 has no level %2; its closest level %3 is proposed instead.</source>
        <translation>格付基準「%1」にはレベル%2がないため、最も近いレベル%3を提案します。</translation>
    </message>
    <message>
        <source>The information is equivalent to the State&apos;s &quot;secret documents&quot;, which is confidentiality 3A (Article 7(2)).</source>
        <translation>国の「秘密文書」に相当する情報であるため、機密性3Aです（第7条(2)）。</translation>
    </message>
    <message>
        <source>My Number (specific personal) information must be classified confidentiality 3B or above (Article 7(3)(a)).</source>
        <translation>特定個人情報は機密性3B以上に格付しなければなりません（第7条(3)ア）。</translation>
    </message>
    <message>
        <source>A leak would seriously harm residents&apos; rights and interests on a large scale, which is confidentiality 3B (Article 7(2)).</source>
        <translation>漏えいした場合に住民の権利利益を大規模かつ重大に侵害するおそれがあるため、機密性3Bです（第7条(2)）。</translation>
    </message>
    <message>
        <source>Sensitive personal information needs strict confidentiality, which is confidentiality 3C (Article 7(2)).</source>
        <translation>要配慮個人情報は厳格な秘密保持が必要なため、機密性3Cです（第7条(2)）。</translation>
    </message>
    <message>
        <source>A leak of personal information would harm the people concerned, so it needs strict confidentiality: confidentiality 3C (Article 7(2)).</source>
        <translation>個人情報が漏えいすると本人の権利利益を侵害するおそれがあり、厳格な秘密保持が必要なため、機密性3Cです（第7条(2)）。</translation>
    </message>
    <message>
        <source>A leak would harm individuals or the proper conduct of administration, which is confidentiality 3C (Article 7(2)).</source>
        <translation>漏えいした場合に個人の権利利益や行政事務の適正な遂行に支障を及ぼすおそれがあるため、機密性3Cです（第7条(2)）。</translation>
    </message>
    <message>
        <source>The information is public or can be published without harm, which is confidentiality 1 (Article 7(2)).</source>
        <translation>公開されている、または公開しても支障のない情報であるため、機密性1です（第7条(2)）。</translation>
    </message>
    <message>
        <source>The information is not at level 3 but is not meant to be published immediately, which is confidentiality 2 (Article 7(2)).</source>
        <translation>機密性3には当たらないものの、直ちに一般に公表することを前提としていない情報であるため、機密性2です（第7条(2)）。</translation>
    </message>
    <message>
        <source>Alteration, errors or damage would infringe residents&apos; rights or seriously hinder accurate administration (Article 7(2)).</source>
        <translation>改ざん・誤り・破損により、住民の権利を侵害するおそれ、または行政事務の的確な遂行に重大な支障を及ぼすおそれがあります（第7条(2)）。</translation>
    </message>
    <message>
        <source>Alteration, errors or damage would cause at most minor trouble (Article 7(2)).</source>
        <translation>改ざん・誤り・破損が生じても、軽微な支障にとどまります（第7条(2)）。</translation>
    </message>
    <message>
        <source>Loss or unavailability would infringe residents&apos; rights or seriously hinder stable administration (Article 7(2)).</source>
        <translation>滅失・紛失や利用できない状態により、住民の権利を侵害するおそれ、または行政事務の安定的な遂行に重大な支障を及ぼすおそれがあります（第7条(2)）。</translation>
    </message>
    <message>
        <source>Loss or unavailability would cause at most minor trouble (Article 7(2)).</source>
        <translation>滅失・紛失や利用できない状態が生じても、軽微な支障にとどまります（第7条(2)）。</translation>
    </message>
    <message>
        <source>The restriction &quot;%1&quot; is suggested for %2 but needs a value (for example a place); add it in the editor.</source>
        <translation>%2には取扱制限「%1」が推奨されますが、値（場所など）が必要です。編集画面で追加してください。</translation>
    </message>
    <message>
        <source>The handling restrictions suggested for %1 are proposed.</source>
        <translation>%1に推奨される取扱制限を提案します。</translation>
    </message>
    <message>
        <source>Electronic My Number or sensitive personal data must be encrypted: encryption is proposed.</source>
        <translation>電子データの特定個人情報・要配慮個人情報は暗号化しなければならないため、暗号化を提案します。</translation>
    </message>
    <message>
        <source>Availability 2 needs a recovery target: recovery within %1 is proposed.</source>
        <translation>可用性2には復旧目標が必要なため、%1以内の復旧を提案します。</translation>
    </message>
    <message>
        <source>Availability 2 needs a recovery target: enter the time within which it must be usable again (for example 24 hours) to add the recovery restriction.</source>
        <translation>可用性2には復旧目標が必要です。再び利用できるようにするまでの時間（例: 24時間）を入力すると、復旧時間の取扱制限を追加します。</translation>
    </message>
    <message>
        <source>Does it contain personal information? If so, which kind?</source>
        <translation>個人情報を含みますか？ 含む場合は、どの種類ですか？</translation>
    </message>
    <message>
        <source>Personal information identifies a living person. Sensitive personal information includes race, creed, medical history and criminal records. My Number (specific personal) information is personal information that includes an individual number.</source>
        <translation>個人情報とは、生存する個人を識別できる情報です。要配慮個人情報には、人種、信条、病歴、犯罪の経歴などが含まれます。特定個人情報とは、個人番号（マイナンバー）をその内容に含む個人情報です。</translation>
    </message>
    <message>
        <source>Is it equivalent to the State&apos;s &quot;secret documents&quot;?</source>
        <translation>国の「秘密文書」に相当しますか？</translation>
    </message>
    <message>
        <source>Rare in a city: mostly documents received from the State and marked secret under the national guidelines for managing administrative documents.</source>
        <translation>市ではまれです。主に国から受け取った文書で、「行政文書の管理に関するガイドライン」に基づき秘密文書に指定されたものです。</translation>
    </message>
    <message>
        <source>Would a leak seriously harm residents&apos; rights and interests, on a large scale?</source>
        <translation>漏えいした場合、住民の権利利益を大規模かつ重大に侵害しますか？</translation>
    </message>
    <message>
        <source>For example resident records, tax or social security data: the business covers many residents, so the harm of a leak would be large.</source>
        <translation>例: 住民記録、税、社会保障のデータ。多くの住民を対象とする業務のため、漏えいした場合の被害が大きくなります。</translation>
    </message>
    <message>
        <source>Does it otherwise need strict confidentiality?</source>
        <translation>上記以外に、厳格な秘密保持が必要ですか？</translation>
    </message>
    <message>
        <source>A leak would harm individuals or the proper conduct of administration, for example personnel evaluations or tender documents before the opening.</source>
        <translation>漏えいした場合に、個人の権利利益や行政事務の適正な遂行に支障を及ぼす情報です。例: 人事評価、開札前の入札関係書類。</translation>
    </message>
    <message>
        <source>Is it already public, or could it be published without harm?</source>
        <translation>既に公開されている、または公開しても支障のない情報ですか？</translation>
    </message>
    <message>
        <source>For example published plans, statistics and brochures. Information with personal information in it is never treated as public.</source>
        <translation>例: 公表済みの計画、統計、パンフレット。個人情報を含む情報は、公開情報として扱いません。</translation>
    </message>
    <message>
        <source>Would alteration, errors or damage infringe residents&apos; rights or seriously hinder administration?</source>
        <translation>改ざん・誤り・破損が生じた場合、住民の権利を侵害する、または行政事務に重大な支障を及ぼしますか？</translation>
    </message>
    <message>
        <source>Answer yes if wrong or tampered data would lead to wrong decisions, payments or certificates; not for minor inconvenience.</source>
        <translation>誤ったデータや改ざんされたデータにより、誤った決定、支払、証明書の交付につながる場合は「はい」を選んでください。軽微な不便にとどまる場合は「いいえ」です。</translation>
    </message>
    <message>
        <source>Would its loss, or a day without it, infringe residents&apos; rights or seriously hinder administration?</source>
        <translation>滅失した場合や1日利用できない場合、住民の権利を侵害する、または行政事務に重大な支障を及ぼしますか？</translation>
    </message>
    <message>
        <source>Answer yes if counter services, payments or legal deadlines would stop when it is lost or cannot be used.</source>
        <translation>失われたり利用できなくなったりしたときに、窓口サービスや支払が止まる、または法定の期限を守れなくなる場合は「はい」を選んでください。</translation>
    </message>
    <message>
        <source>Within what time must it be usable again?</source>
        <translation>どのくらいの時間内に再び利用できるようにする必要がありますか？</translation>
    </message>
    <message>
        <source>For example 24 hours or 3 days. Used for the restriction &quot;recover within a set time&quot; when the previous answer is yes.</source>
        <translation>例: 24時間、3日。前の質問の答えが「はい」の場合に、取扱制限「〇〇以内復旧」に使用します。</translation>
    </message>
    <message>
        <source>Electronic My Number and sensitive personal data must be encrypted.</source>
        <translation>電子データの特定個人情報と要配慮個人情報は暗号化しなければなりません。</translation>
    </message>
    <message>
        <source>Is it held in electronic form (even if also on paper)?</source>
        <translation>電子データとして保有していますか（紙でも保有している場合を含む）？</translation>
    </message>
</context>
<context>
    <name>assetreg::ClassificationGuideDialog</name>
    <message>
        <source>Classification guide</source>
        <translation>格付ガイド</translation>
    </message>
    <message>
        <source>Answer the questions about the asset. The proposal on the right follows your answers; Apply copies it into the asset.</source>
        <translation>資産についての質問に答えてください。右側の提案は回答に応じて変わります。「適用」を押すと、提案の内容が資産に反映されます。</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>機密性:</translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation>完全性:</translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation>可用性:</translation>
    </message>
    <message>
        <source>Handling restrictions:</source>
        <translation>取扱制限:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>For example 24 hours</source>
        <translation>例: 24時間</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>No proposal</source>
        <translation>提案なし</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>assetreg::ClassificationSchemeDialog</name>
    <message>
        <source>Classification Scheme</source>
        <translation>格付け基準</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（既定）</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Default restrictions</source>
        <translation>既定の取扱制限</translation>
    </message>
    <message>
        <source>e.g. 3C (fixed once saved)</source>
        <translation>例: 3C（保存後は変更できません）</translation>
    </message>
    <message>
        <source>1 is public; higher ranks are stricter. Fixed once saved.</source>
        <translation>1 が公開。大きいほど厳格です。保存後は変更できません。</translation>
    </message>
    <message>
        <source>Suggested in the editor when this level is chosen; staff may still change them</source>
        <translation>この格付けを選んだときに編集画面で提案されます（担当者が変更することもできます）</translation>
    </message>
    <message>
        <source>&amp;Axis:</source>
        <translation>区分(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>順位(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>表示名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation>英語の表示名(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>定義(&amp;D):</translation>
    </message>
    <message>
        <source>English de&amp;finition:</source>
        <translation>英語の定義(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation>格付け基準(&amp;H):</translation>
    </message>
    <message>
        <source>Default restric&amp;tions:</source>
        <translation>既定の取扱制限(&amp;T):</translation>
    </message>
    <message>
        <source>Ne&amp;w Level</source>
        <translation>格付けを追加(&amp;W)</translation>
    </message>
</context>
<context>
    <name>assetreg::ColumnMapping</name>
    <message>
        <source>The mapping file is not valid JSON: %1 (offset %2).</source>
        <translation>列の対応付けファイルが正しい JSON 形式ではありません: %1（位置 %2）。</translation>
    </message>
    <message>
        <source>The mapping file&apos;s column %1 is incomplete or names an unknown field &quot;%2&quot;.</source>
        <translation>列の対応付けファイルの%1番目の列の指定が不完全か、不明な項目「%2」を指定しています。</translation>
    </message>
    <message>
        <source>The mapping file maps no columns.</source>
        <translation>列の対応付けファイルに、対応付けられた列が1つもありません。</translation>
    </message>
</context>
<context>
    <name>assetreg::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>他の利用者による変更</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>他の利用者</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>不明な日時</translation>
    </message>
    <message>
        <source>%1 changed &quot;%2&quot; at %3, after you opened it.</source>
        <translation>あなたが開いた後、%3に%1が「%2」を変更しました。</translation>
    </message>
    <message>
        <source>Nothing has been overwritten yet. Reload their version to discard your changes, or keep your version to save it over theirs. The fields that differ:</source>
        <translation>まだ何も上書きしていません。相手の内容を再読み込みして自分の変更を破棄するか、自分の内容を残して相手の内容に上書き保存してください。内容が異なる項目:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>自分の内容</translation>
    </message>
    <message>
        <source>Their version (in the register)</source>
        <translation>相手の内容（台帳に保存済み）</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>相手の内容を再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>自分の内容を残す(&amp;K)</translation>
    </message>
</context>
<context>
    <name>assetreg::ConsistencyReportDialog</name>
    <message>
        <source>Consistency Check</source>
        <translation>整合性チェック</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>重大度(&amp;S):</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>エラーと警告</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>警告のみ</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>ルール(&amp;R):</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>すべてのルール</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>Asset number</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>再チェック(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the whole report from a print preview</source>
        <translation>印刷プレビューから結果全体を印刷します</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF として保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the whole report as a PDF file</source>
        <translation>結果全体を PDF ファイルに保存します</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV に書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Save every finding as a CSV file</source>
        <translation>すべての指摘を CSV ファイルに保存します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The register could not be checked: %1</source>
        <translation>台帳をチェックできませんでした: %1</translation>
    </message>
    <message>
        <source>%1 assets checked: %2 errors, %3 warnings</source>
        <translation>%1件の資産をチェックしました: エラー %2件、警告 %3件</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>指摘%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n finding(s)</source>
        <translation>
            <numerusform>指摘%n件のうち%1件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview: Consistency Check</source>
        <translation>印刷プレビュー: 整合性チェック</translation>
    </message>
    <message>
        <source>Save Consistency Check as PDF</source>
        <translation>整合性チェック結果を PDF として保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>結果を「%1」に保存しました。</translation>
    </message>
    <message>
        <source>Export Consistency Check</source>
        <translation>整合性チェック結果の書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n finding(s) to %1.</source>
        <translation>
            <numerusform>%n件の指摘を「%1」に保存しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::ConsistencyRules</name>
    <message>
        <source>Every asset has a department and an owner</source>
        <translation>すべての資産に所管課と管理責任者を定めること</translation>
    </message>
    <message>
        <source>Personal information is at least confidentiality 2</source>
        <translation>個人情報は機密性2以上とすること</translation>
    </message>
    <message>
        <source>Network diagrams and specifications are at least confidentiality 2</source>
        <translation>ネットワーク構成図と仕様書は機密性2以上とすること</translation>
    </message>
    <message>
        <source>Outsourcing and cloud services have a contractor or service and a contract</source>
        <translation>業務委託・クラウドサービスには委託先またはサービス名と契約を記録すること</translation>
    </message>
    <message>
        <source>A system is classified at least as high as the information on it</source>
        <translation>システムはその上で稼働する情報と同等以上に格付すること</translation>
    </message>
    <message>
        <source>Assets in use were reviewed within the review period</source>
        <translation>使用中の資産は審査期間内に審査を受けること</translation>
    </message>
    <message>
        <source>No department is responsible for this asset. Choose its department.</source>
        <translation>この資産の所管課が定められていません。所管課を選択してください。</translation>
    </message>
    <message>
        <source>My Number information must be classified %1 or above, not %2. Raise its confidentiality.</source>
        <translation>特定個人情報は%1以上に格付しなければなりません（現在は%2）。機密性を引き上げてください。</translation>
    </message>
    <message>
        <source>An asset classified %1 must not be in the Internet segment. Move it to the LGWAN or My Number segment, or correct its classification.</source>
        <translation>%1に格付された資産をインターネット接続系に置いてはなりません。LGWAN接続系またはマイナンバー利用事務系に移すか、格付を修正してください。</translation>
    </message>
    <message>
        <source>Information classified %1 must not live on %2, which is in the Internet segment. Move it to a system in the LGWAN or My Number segment.</source>
        <translation>%1に格付された情報を、インターネット接続系の%2で扱ってはなりません。LGWAN接続系またはマイナンバー利用事務系のシステムに移してください。</translation>
    </message>
    <message>
        <source>The asset is outsourced: enter the contractor.</source>
        <translation>業務委託している資産です。委託先を入力してください。</translation>
    </message>
    <message>
        <source>The asset is outsourced: enter the number of the contract that sets the security terms.</source>
        <translation>業務委託している資産です。情報セキュリティに関する事項を定めた契約の契約番号を入力してください。</translation>
    </message>
    <message>
        <source>The asset uses a cloud service: enter the name of the service.</source>
        <translation>クラウドサービスを利用している資産です。サービス名を入力してください。</translation>
    </message>
    <message>
        <source>The asset uses a cloud service: enter the number of the contract or terms of use that set the security terms.</source>
        <translation>クラウドサービスを利用している資産です。情報セキュリティに関する事項を定めた契約または利用規約の番号を入力してください。</translation>
    </message>
    <message>
        <source>%1 lives on this system and is classified %2, higher than the system&apos;s %3. Raise the system&apos;s level, or record why it may stay lower.</source>
        <translation>このシステムで稼働する%1は%2に格付されており、このシステムの%3より高くなっています。システムの格付を引き上げるか、低いままでよい理由を記録してください。</translation>
    </message>
    <message>
        <source>The system %1 it lives on is classified lower (%2) than this asset (%3). Ask the system&apos;s owner to raise its level or to record why it may stay lower.</source>
        <translation>稼働基盤のシステム%1の格付（%2）が、この資産の格付（%3）より低くなっています。システムの管理責任者に、格付の引き上げか、低いままでよい理由の記録を依頼してください。</translation>
    </message>
    <message numerus="yes">
        <source>The asset has never been reviewed and was registered more than %n month(s) ago. Submit it for review.</source>
        <translation>
            <numerusform>この資産は登録から%nか月を超えて経過していますが、一度も審査を受けていません。審査に提出してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Electronic My Number information is in the My Number segment, at confidentiality 3B or above</source>
        <translation>電子の特定個人情報はマイナンバー利用事務系に置き、機密性3B以上とすること</translation>
    </message>
    <message>
        <source>Assets of confidentiality level 3 are not in the Internet segment</source>
        <translation>機密性3の資産をインターネット接続系に置かないこと</translation>
    </message>
    <message>
        <source>The asset has no owner. Choose the manager responsible for it (usually the head of the department).</source>
        <translation>管理責任者が設定されていません。資産の管理に責任を持つ管理職（通常は所属長）を選択してください。</translation>
    </message>
    <message>
        <source>Electronic My Number information must be in the My Number segment (it is now: %1). Move it there or correct the segment.</source>
        <translation>電子の特定個人情報はマイナンバー利用事務系に置く必要があります（現在: %1）。移すか、ネットワーク区分を訂正してください。</translation>
    </message>
    <message>
        <source>The asset contains personal information, so its confidentiality must be at least %1, not %2. Raise its confidentiality.</source>
        <translation>個人情報を含むため、機密性は%2ではなく%1以上とする必要があります。機密性を引き上げてください。</translation>
    </message>
    <message>
        <source>Network diagrams and specifications help attackers, so they must be classified at least %1, not %2. Raise the confidentiality.</source>
        <translation>ネットワーク構成図や仕様書は攻撃の手掛かりになるため、%2ではなく%1以上に格付する必要があります。機密性を引き上げてください。</translation>
    </message>
    <message numerus="yes">
        <source>The last review was on %1, more than %n month(s) ago. Check the asset and submit it for review again.</source>
        <translation>
            <numerusform>最終審査日は%1で、%nか月以上前です。資産の内容を確認し、改めて審査を申請してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::CsvReader</name>
    <message>
        <source>Line %1, column %2: the quoted value is never closed (a &quot; is missing).</source>
        <translation>%1行目 %2列目: 引用符で囲まれた値が閉じられていません（&quot; が不足しています）。</translation>
    </message>
    <message>
        <source>Line %1, column %2: unexpected text after a closing quote.</source>
        <translation>%1行目 %2列目: 閉じる引用符の後に余分な文字があります。</translation>
    </message>
</context>
<context>
    <name>assetreg::DashboardWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>%1 Dashboard</source>
        <comment>organisation name</comment>
        <translation>%1 ダッシュボード</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Count everything again from the register (F5)</source>
        <translation>台帳から集計し直します (F5)</translation>
    </message>
    <message>
        <source>Assets in use</source>
        <translation>使用中の資産</translation>
    </message>
    <message>
        <source>Assessed assets</source>
        <translation>リスク評価済みの資産</translation>
    </message>
    <message>
        <source>High risks</source>
        <translation>高リスク</translation>
    </message>
    <message>
        <source>Overdue treatments</source>
        <translation>期限切れの対策</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>見直し期限切れ</translation>
    </message>
    <message>
        <source>Risk heat map</source>
        <translation>リスクヒートマップ</translation>
    </message>
    <message>
        <source>Click a cell, or choose it with the arrow keys and Enter, to show its assets in the register.</source>
        <translation>セルをクリックするか、矢印キーで選んで Enter キーを押すと、その資産を台帳に表示します。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 現在</translation>
    </message>
    <message numerus="yes">
        <source>in %n department(s)</source>
        <translation>
            <numerusform>%n 所管課</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of assets in use</source>
        <translation>使用中の資産の %1%</translation>
    </message>
    <message numerus="yes">
        <source>of %n risk(s) assessed</source>
        <translation>
            <numerusform>評価済みリスク %n 件中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n open treatment(s)</source>
        <translation>
            <numerusform>未完了の対策 %n 件中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not reviewed within %n month(s)</source>
        <translation>
            <numerusform>%n か月以内に見直しなし</numerusform>
        </translation>
    </message>
    <message>
        <source>Risks by department</source>
        <translation>所管課別のリスク</translation>
    </message>
    <message>
        <source>Assets in use per month</source>
        <translation>使用中の資産数の推移（月別）</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>審査状況</translation>
    </message>
    <message>
        <source>Assets by category</source>
        <translation>分類別の資産</translation>
    </message>
    <message>
        <source>Assets by network segment</source>
        <translation>ネットワーク区分別の資産</translation>
    </message>
    <message>
        <source>Classification (C/I/A)</source>
        <translation>格付（機密性・完全性・可用性）</translation>
    </message>
    <message>
        <source>Assets in use by department</source>
        <translation>所管課別の使用中資産</translation>
    </message>
    <message>
        <source>No assets in use.</source>
        <translation>使用中の資産はありません。</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完全性</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>レベル%1</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Retired or disposed</source>
        <translation>廃止・廃棄</translation>
    </message>
    <message>
        <source>In use (left axis)</source>
        <translation>使用中（左軸）</translation>
    </message>
    <message>
        <source>yyyy/MM</source>
        <comment>QDate format of the months on the history chart</comment>
        <translation>yyyy/MM</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>登録・廃止件数</translation>
    </message>
</context>
<context>
    <name>assetreg::Database</name>
    <message>
        <source>%1: the register is locked by another program. Try again in a moment.</source>
        <translation>%1: 台帳が他のプログラムによってロックされています。しばらくしてから再度お試しください。</translation>
    </message>
    <message>
        <source>The register &quot;%1&quot; does not exist.</source>
        <translation>台帳「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty file, not an asset register.</source>
        <translation>「%1」は空のファイルです。情報資産管理台帳ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an asset register: it is not an SQLite database file. The file was not changed.</source>
        <translation>「%1」は情報資産管理台帳ではありません（SQLite のデータベースファイルではありません）。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: the file is truncated (only %2 bytes). The file was not changed.</source>
        <translation>「%1」は破損しています。ファイルが途中で切れています（%2バイトしかありません）。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its header is invalid. The file was not changed.</source>
        <translation>「%1」は破損しています。ヘッダが不正です。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: the file is truncated (%2 bytes, %3 expected). The file was not changed.</source>
        <translation>「%1」は破損しています。ファイルが途中で切れています（%2バイト、本来は%3バイト）。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another application, not an asset register. The file was not changed.</source>
        <translation>「%1」は他のアプリケーションの SQLite データベースです。情報資産管理台帳ではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed.</source>
        <translation>Qt のデータベースドライバ「%1」がインストールされていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a register file.</source>
        <translation>「%1」はフォルダです。台帳ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>フォルダ「%1」を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>「%1」を開けません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened (%2). The file was not changed; restore it from a backup.</source>
        <translation>「%1」は破損しているため開けません（%2）。ファイルは変更していません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database but not an asset register. The file was not changed.</source>
        <translation>「%1」は SQLite データベースですが、情報資産管理台帳ではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Preparing the register</source>
        <translation>台帳の準備</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL register %1: %2</source>
        <translation>PostgreSQL の台帳 %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already holds other tables and is not an asset register.</source>
        <translation>PostgreSQL のデータベース %1 には既に他のテーブルがあり、情報資産管理台帳ではありません。</translation>
    </message>
    <message>
        <source>The register is open read-only; changes cannot be saved.</source>
        <translation>台帳を読み取り専用で開いているため、変更を保存できません。</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>トランザクションの開始</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>変更の保存</translation>
    </message>
    <message>
        <source>This register was saved by a newer version of the application (schema version %1; this version knows up to %2). Update the application to open it. The register was not changed.</source>
        <translation>この台帳は新しいバージョンのアプリケーションで保存されています（スキーマバージョン%1。このバージョンが対応しているのは%2までです）。開くにはアプリケーションを更新してください。台帳は変更していません。</translation>
    </message>
    <message>
        <source>The register needs an update to schema version %1 but is read-only.</source>
        <translation>台帳をスキーマバージョン%1に更新する必要がありますが、読み取り専用で開いているため更新できません。</translation>
    </message>
    <message>
        <source>No backup could be taken before updating the register, so it was not updated: %1</source>
        <translation>更新前のバックアップを作成できなかったため、台帳は更新していません: %1</translation>
    </message>
    <message>
        <source>Updating the register to schema version %1</source>
        <translation>台帳のスキーマバージョン%1への更新</translation>
    </message>
    <message>
        <source>Copying the register to &quot;%1&quot;</source>
        <translation>台帳の「%1」へのコピー</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>「%1」に書き込めません。</translation>
    </message>
    <message>
        <source>This build of the application contains no schema migrations; it cannot open registers.</source>
        <translation>このアプリケーションにはスキーマの更新手順が含まれていないため、台帳を開けません。</translation>
    </message>
    <message>
        <source>Marking the file as an asset register</source>
        <translation>ファイルへの情報資産管理台帳の識別情報の書き込み</translation>
    </message>
    <message>
        <source>%1: the disk is full, so the change was not saved. Everything saved before is intact. Free some space and save again.</source>
        <translation>%1: ディスクがいっぱいのため、変更は保存されませんでした。これまでに保存した内容は失われていません。空き容量を確保してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open read-only because the file or its folder cannot be written. You can view, search, print and export, but not save changes.</source>
        <translation>ファイルまたはフォルダーに書き込めないため、「%1」を読み取り専用で開いています。閲覧・検索・印刷・エクスポートはできますが、変更は保存できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on a network drive (%2). SQLite cannot lock files reliably there, so two people saving at the same time can damage the register. For a register shared over the network, use the PostgreSQL mode (File → Connect to a PostgreSQL Register).</source>
        <translation>「%1」はネットワークドライブ（%2）上にあります。ここでは SQLite がファイルを確実にロックできないため、2 人が同時に保存すると台帳が破損するおそれがあります。ネットワークで共有する台帳には PostgreSQL モード（ファイル → PostgreSQL の台帳に接続）を使用してください。</translation>
    </message>
    <message>
        <source>No automatic backup of the register could be taken: %1</source>
        <translation>台帳の自動バックアップを作成できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>assetreg::DemoRegister</name>
    <message>
        <source>Starting the demo register</source>
        <translation>デモ台帳の作成開始</translation>
    </message>
    <message>
        <source>Reading the register</source>
        <translation>台帳の読み込み</translation>
    </message>
    <message>
        <source>The demo register fills only an empty register; this one already has an organisation or assets.</source>
        <translation>デモデータは空の台帳にだけ登録できます。この台帳には既に組織または資産が登録されています。</translation>
    </message>
    <message>
        <source>Saving the organisation name</source>
        <translation>団体名の保存</translation>
    </message>
    <message>
        <source>Reading the master data</source>
        <translation>マスタデータの読み込み</translation>
    </message>
    <message>
        <source>Saving the demo register</source>
        <translation>デモ台帳の保存</translation>
    </message>
    <message>
        <source>Adding the organ %1</source>
        <translation>機関「%1」の追加</translation>
    </message>
    <message>
        <source>Adding the department %1</source>
        <translation>所管課「%1」の追加</translation>
    </message>
    <message>
        <source>Adding the section %1</source>
        <translation>係「%1」の追加</translation>
    </message>
    <message>
        <source>Adding the person %1</source>
        <translation>職員「%1」の追加</translation>
    </message>
    <message>
        <source>Creating the asset %1</source>
        <translation>資産「%1」の登録</translation>
    </message>
    <message>
        <source>Demo register: no asset named %1</source>
        <translation>デモ台帳: 名称が「%1」の資産がありません</translation>
    </message>
    <message>
        <source>Changing the status of %1</source>
        <translation>「%1」の状態の変更</translation>
    </message>
    <message>
        <source>Changing %1</source>
        <translation>「%1」の変更</translation>
    </message>
    <message>
        <source>Adding the user %1</source>
        <translation>利用者「%1」の追加</translation>
    </message>
    <message>
        <source>Adding the risk template %1</source>
        <translation>リスク評価テンプレート「%1」を追加しています</translation>
    </message>
    <message>
        <source>Assessing the risks of %1</source>
        <translation>%1 のリスクを評価しています</translation>
    </message>
</context>
<context>
    <name>assetreg::ExportDialog</name>
    <message>
        <source>Export Register</source>
        <translation>台帳の書き出し</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel ブック（XLSX）</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM, for Excel)</source>
        <translation>UTF-8（BOM 付き、Excel 向け）</translation>
    </message>
    <message>
        <source>CP932 (Shift_JIS, for older software)</source>
        <translation>CP932（Shift_JIS、古いソフトウェア向け）</translation>
    </message>
    <message>
        <source>One &amp;sheet per department</source>
        <translation>所管課ごとにシートを分ける(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n assets…</source>
        <translation>
            <numerusform>%n件の資産を書き出しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The register was not exported.</source>
        <translation>台帳を書き出せませんでした。</translation>
    </message>
</context>
<context>
    <name>assetreg::FilterBar</name>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Any part of the number, name, description, location, users… (Ctrl+F)</source>
        <translation>管理番号・名称・説明・保管場所・利用者範囲などの一部（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;My department</source>
        <translation>自所属のみ(&amp;M)</translation>
    </message>
    <message>
        <source>Only the assets of your department.</source>
        <translation>自分の所属する所管課の資産だけを表示します。</translation>
    </message>
    <message>
        <source>Your login &quot;%1&quot; is not registered as a person, so your department is not known.</source>
        <translation>ログイン名「%1」が職員として登録されていないため、所属が分かりません。</translation>
    </message>
    <message>
        <source>A&amp;waiting review</source>
        <translation>審査待ち(&amp;W)</translation>
    </message>
    <message>
        <source>Review &amp;overdue</source>
        <translation>審査期限超過(&amp;O)</translation>
    </message>
    <message>
        <source>In use and not approved within the review period.</source>
        <translation>使用中で、審査期間内に承認されていない資産です。</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>条件をクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Art. 5:</source>
        <translation>第5条区分:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>ネットワーク:</translation>
    </message>
    <message>
        <source>C:</source>
        <translation>機密性:</translation>
    </message>
    <message>
        <source>I:</source>
        <translation>完全性:</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>可用性:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>審査:</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s); click ✕ or Clear Filters to show all</source>
        <translation>
            <numerusform>資産 %n 件。✕ または「条件をクリア」ですべて表示します</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::ImportDialog</name>
    <message>
        <source>Append to the description</source>
        <translation>説明に追記</translation>
    </message>
    <message>
        <source>Medium and location</source>
        <translation>媒体・保管場所</translation>
    </message>
    <message>
        <source>Personal information mark (○)</source>
        <translation>個人情報（○印）</translation>
    </message>
    <message>
        <source>Sensitive personal information mark (○)</source>
        <translation>要配慮個人情報（○印）</translation>
    </message>
    <message>
        <source>Specific personal information mark (○)</source>
        <translation>特定個人情報（○印）</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>ファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <source>The workbook could not be read: %1</source>
        <translation>ブックを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Import Assets</source>
        <translation>情報資産の取り込み</translation>
    </message>
    <message>
        <source>1. File</source>
        <translation>1. ファイル</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>Excel in Japan saves CSV as CP932; UTF-16 is its &quot;Unicode text&quot;.</source>
        <translation>日本語版の Excel は CSV を CP932 で保存します。UTF-16 は Excel の「Unicode テキスト」形式です。</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>シート(&amp;H):</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>内容:</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>データ%n行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n column(s)</source>
        <translation>
            <numerusform>、%n列</numerusform>
        </translation>
    </message>
    <message>
        <source>2. Columns</source>
        <translation>2. 列の対応付け</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>列の対応付け(&amp;M):</translation>
    </message>
    <message>
        <source>This application&apos;s format</source>
        <translation>このアプリケーションの形式</translation>
    </message>
    <message>
        <source>IPA information asset register</source>
        <translation>IPA 情報資産管理台帳の様式</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>対応付けの読み込み(&amp;L)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Mapping…</source>
        <translation>対応付けの保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Example (first row)</source>
        <translation>値の例（先頭行）</translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation>取り込み先の項目</translation>
    </message>
    <message>
        <source>Asset numbers already in the &amp;register:</source>
        <translation>台帳に既にある管理番号(&amp;R):</translation>
    </message>
    <message>
        <source>Add only (an existing number is an error)</source>
        <translation>追加のみ（既にある番号はエラー）</translation>
    </message>
    <message>
        <source>Update the existing assets</source>
        <translation>既存の資産を更新</translation>
    </message>
    <message>
        <source>Skip those rows</source>
        <translation>その行をスキップ</translation>
    </message>
    <message>
        <source>Updating changes only the fields of the columns in the file.</source>
        <translation>更新では、ファイルにある列の項目だけを変更します。</translation>
    </message>
    <message>
        <source>Create &amp;departments that do not exist yet</source>
        <translation>登録されていない所管課を作成する(&amp;D)</translation>
    </message>
    <message>
        <source>3. Check and import</source>
        <translation>3. 確認と取り込み</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>Check every row without changing the register</source>
        <translation>台帳を変更せずに、すべての行を確認します</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込み(&amp;I)</translation>
    </message>
    <message>
        <source>Available after a check that finds no errors</source>
        <translation>確認でエラーがなかった場合に使用できます</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Automatic (%1 detected)</source>
        <translation>自動（%1 と判定）</translation>
    </message>
    <message>
        <source>Check which field each column goes into, then check the file.</source>
        <translation>各列の取り込み先の項目を確かめてから、「確認」を押してください。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>(Not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>（見出しなし）</translation>
    </message>
    <message>
        <source>A column without a heading is not imported.</source>
        <translation>見出しのない列は取り込みません。</translation>
    </message>
    <message>
        <source>Another column has the same heading: only the first of them is used.</source>
        <translation>同じ見出しの列が他にもあります。取り込むのは最初の列だけです。</translation>
    </message>
    <message>
        <source>Chosen for more than one column: %1. Only the first of those columns is imported.</source>
        <translation>複数の列で同じ項目が選ばれています: %1。取り込むのは、そのうち最初の列だけです。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The settings have changed: check the file again before importing.</source>
        <translation>設定が変更されました。取り込む前に、もう一度「確認」を押してください。</translation>
    </message>
    <message>
        <source>Load Column Mapping</source>
        <translation>列の対応付けの読み込み</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>列の対応付け (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>「%1」を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation>列の対応付けの保存</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>%n行を確認しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s) before importing…</source>
        <translation>
            <numerusform>取り込む前に%n行を確認しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n asset(s) to the register…</source>
        <translation>
            <numerusform>%n件の資産を台帳に書き込んでいます…</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>警告が%n件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 problems are listed.</source>
        <translation>一覧には最初の%1件だけを表示しています。</translation>
    </message>
</context>
<context>
    <name>assetreg::MainWindow</name>
    <message>
        <source>Information Asset Register</source>
        <translation>情報資産管理台帳</translation>
    </message>
    <message>
        <source>Information Asset Register — %1</source>
        <translation>情報資産管理台帳 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Information Asset Register</source>
        <translation>情報資産管理台帳について(&amp;A)</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>台帳: %1</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（読み取り専用）</translation>
    </message>
    <message>
        <source>About Information Asset Register</source>
        <translation>情報資産管理台帳について</translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation>新しい台帳(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Register…</source>
        <translation>台帳を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent Registers</source>
        <translation>最近使った台帳(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New Asset…</source>
        <translation>新規資産(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a new asset (Ctrl+N)</source>
        <translation>新しい資産を登録します（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit Asset…</source>
        <translation>資産の編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected asset (Enter, F2)</source>
        <translation>選択した資産を編集します（Enter、F2）</translation>
    </message>
    <message>
        <source>D&amp;uplicate Asset…</source>
        <translation>資産の複製(&amp;U)…</translation>
    </message>
    <message>
        <source>A new asset with the same values (Ctrl+D)</source>
        <translation>同じ内容で新しい資産を登録します（Ctrl+D）</translation>
    </message>
    <message>
        <source>Edit &amp;Selected Assets Together…</source>
        <translation>選択した資産の一括編集(&amp;S)…</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>一括編集</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>利用終了(&amp;R)…</translation>
    </message>
    <message>
        <source>Take the selected assets out of use (Delete)</source>
        <translation>選択した資産を利用終了にします（Delete）</translation>
    </message>
    <message>
        <source>Record &amp;Disposal…</source>
        <translation>廃棄の記録(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Organisation Tree</source>
        <translation>組織ツリー(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>詳細ペイン(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) shown</source>
        <translation>
            <numerusform>%n件を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n件を選択</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Registration of %1</source>
        <translation>%1の登録</translation>
    </message>
    <message>
        <source>Edit of %1</source>
        <translation>%1の編集</translation>
    </message>
    <message>
        <source>Edit selected assets</source>
        <translation>選択した資産の一括編集</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>何も変更していません。%1</translation>
    </message>
    <message numerus="yes">
        <source>Edit of %n asset(s)</source>
        <translation>
            <numerusform>%n件の資産の編集</numerusform>
        </translation>
    </message>
    <message>
        <source>Record disposal</source>
        <translation>廃棄の記録</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>利用終了</translation>
    </message>
    <message numerus="yes">
        <source>%n assets</source>
        <translation>
            <numerusform>%n件の資産</numerusform>
        </translation>
    </message>
    <message>
        <source>Disposal of %1</source>
        <translation>%1の廃棄</translation>
    </message>
    <message>
        <source>Retirement of %1</source>
        <translation>%1の利用終了</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Open Register</source>
        <translation>台帳を開く</translation>
    </message>
    <message>
        <source>Asset registers (*.db *.sqlite);;All files (*)</source>
        <translation>情報資産管理台帳 (*.db *.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>New Register</source>
        <translation>新しい台帳</translation>
    </message>
    <message>
        <source>Connect to a PostgreSQL Register</source>
        <translation>PostgreSQL の台帳に接続</translation>
    </message>
    <message>
        <source>Connection (for example: host=db.city.local port=5432 dbname=assets user=tanaka):</source>
        <translation>接続文字列（例: host=db.city.local port=5432 dbname=assets user=tanaka）:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Information Asset Register %1

The register of information assets required by the information security policy (Articles 5 and 7).

Register: %2
Schema version: %3
Signed in as: %4</source>
        <translation>情報資産管理台帳 %1

情報セキュリティポリシー（第5条・第7条）に基づく情報資産の管理台帳です。

台帳: %2
スキーマバージョン: %3
ログイン名: %4</translation>
    </message>
    <message>
        <source>Register damaged</source>
        <translation>台帳の破損</translation>
    </message>
    <message>
        <source>%1

Do not continue working in this register: close it and restore the latest backup.</source>
        <translation>%1

この台帳での作業を続けないでください。台帳を閉じ、最新のバックアップから復元してください。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Import assets from a CSV or Excel file (Ctrl+I)</source>
        <translation>CSV または Excel のファイルから資産を取り込みます（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Export assets to CSV or Excel (Ctrl+E)</source>
        <translation>資産を CSV または Excel のファイルに書き出します（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Print Register…</source>
        <translation>台帳の印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;Detail Sheet…</source>
        <translation>個票の印刷(&amp;D)…</translation>
    </message>
    <message>
        <source>Import Assets</source>
        <translation>情報資産の取り込み</translation>
    </message>
    <message>
        <source>Registers (*.csv *.txt *.tsv *.xlsx);;CSV (*.csv *.txt *.tsv);;Excel (*.xlsx);;All files (*)</source>
        <translation>台帳ファイル (*.csv *.txt *.tsv *.xlsx);;CSV (*.csv *.txt *.tsv);;Excel (*.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Connect to a PostgreSQL Register…</source>
        <translation>PostgreSQL の台帳に接続(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>審査(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>審査を申請(&amp;S)</translation>
    </message>
    <message>
        <source>Send the selected assets to the security officers (Ctrl+U)</source>
        <translation>選択した資産の審査を情報セキュリティ担当に申請します（Ctrl+U）</translation>
    </message>
    <message>
        <source>Review &amp;Queue…</source>
        <translation>審査待ち一覧(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;History of the Asset…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>監査ログ(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Consistency Check…</source>
        <translation>整合性チェック(&amp;C)…</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>審査の申請</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) submitted for review.</source>
        <translation>
            <numerusform>%n件の資産の審査を申請しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Register Settings…</source>
        <translation>台帳の設定(&amp;R)…</translation>
    </message>
    <message>
        <source>Organisation name, review period and section-head approval (administrators)</source>
        <translation>団体名、見直し周期、所属長承認の有無（管理者のみ）</translation>
    </message>
    <message>
        <source>&amp;Users and Roles…</source>
        <translation>利用者と役割(&amp;U)…</translation>
    </message>
    <message>
        <source>Who may use the register, in which role (administrators)</source>
        <translation>台帳を利用できる人とその役割（管理者のみ）</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>組織の管理(&amp;O)…</translation>
    </message>
    <message>
        <source>Organs, departments and sections: add, rename, reorder or deactivate (administrators)</source>
        <translation>機関・所管課・係の追加、名称変更、並べ替え、使用停止（管理者のみ）</translation>
    </message>
    <message>
        <source>&amp;Classification Scheme…</source>
        <translation>格付け基準の管理(&amp;C)…</translation>
    </message>
    <message>
        <source>Levels, their definitions and default handling restrictions (administrators)</source>
        <translation>格付けの段階、定義、既定の取扱制限（管理者のみ）</translation>
    </message>
    <message>
        <source>R&amp;isk</source>
        <translation>リスク(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Assess Risks…</source>
        <translation>リスク評価(&amp;A)…</translation>
    </message>
    <message>
        <source>Threats, likelihood, vulnerability and treatment of the selected asset (第9条)</source>
        <translation>選択した資産の脅威・起こりやすさ・脆弱性・対策（第9条）</translation>
    </message>
    <message>
        <source>Apply Risk &amp;Template to Selection…</source>
        <translation>選択した資産にテンプレートを適用(&amp;T)…</translation>
    </message>
    <message>
        <source>Assess every selected asset of one sub-type from its template in one step</source>
        <translation>同じ種別の選択した資産をテンプレートで一括評価します</translation>
    </message>
    <message>
        <source>Risk &amp;Register…</source>
        <translation>リスク一覧(&amp;R)…</translation>
    </message>
    <message>
        <source>Every assessed risk, highest first</source>
        <translation>評価済みのすべてのリスク（高い順）</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>Charts of the register and where the risk is</source>
        <translation>台帳の集計とリスクの所在をグラフで表示します</translation>
    </message>
    <message>
        <source>&amp;Threat Catalogue…</source>
        <translation>脅威一覧の管理(&amp;T)…</translation>
    </message>
    <message>
        <source>The threats of 第3条 that risk assessments choose from (administrators)</source>
        <translation>リスク評価で選ぶ第3条の脅威（管理者のみ）</translation>
    </message>
    <message>
        <source>not assessed (Risk → Assess Risks…)</source>
        <translation>未評価（リスク → リスク評価…）</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s) assessed, highest risk value %1</source>
        <translation>
            <numerusform>脅威 %n 件を評価済み、最大リスク値 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s) overdue</source>
        <translation>
            <numerusform>期限切れの対策 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Risk Template</source>
        <translation>リスク評価テンプレートの適用</translation>
    </message>
    <message>
        <source>Select assets of one sub-type: a template is made for one kind of asset (e.g. PCs).</source>
        <translation>同じ種別の資産を選択してください。テンプレートは資産の種類（パソコン等）ごとに作られます。</translation>
    </message>
    <message>
        <source>There is no risk template for %1 yet. Assess one asset, then use &quot;Save as Template&quot; in its assessment (administrators).</source>
        <translation>%1のリスク評価テンプレートはまだありません。資産を1件評価してから、その評価画面で「テンプレートとして保存」を使ってください（管理者）。</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) assessed: %1 threats added, %2 replaced, %3 kept</source>
        <translation>
            <numerusform>資産 %n 件を評価しました（追加 %1、置換 %2、維持 %3）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Risk: importance %1 × possibility %2 (%n asset(s))</source>
        <translation>
            <numerusform>リスク: 重要度 %1 × 被害発生可能性 %2（資産 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk &amp;Summary for the Committee…</source>
        <translation>委員会向けリスク分析結果報告書(&amp;S)…</translation>
    </message>
    <message>
        <source>The risk summary for the information security committee as PDF or Excel</source>
        <translation>情報セキュリティ委員会に提出するリスク分析結果報告書を PDF または Excel で作成します</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Risk Summary</source>
        <translation>リスク分析結果報告書</translation>
    </message>
    <message>
        <source>risk-summary-%1.pdf</source>
        <translation>リスク分析結果報告書-%1.pdf</translation>
    </message>
    <message>
        <source>The risk summary was not written to %1: %2</source>
        <translation>リスク分析結果報告書を「%1」に書き出せませんでした: %2</translation>
    </message>
    <message>
        <source>Risk summary written to %1</source>
        <translation>リスク分析結果報告書を「%1」に書き出しました</translation>
    </message>
</context>
<context>
    <name>assetreg::MasterDataRepository</name>
    <message>
        <source>Reading the master data</source>
        <translation>マスタデータの読み込み</translation>
    </message>
    <message>
        <source>Adding the organ %1</source>
        <translation>機関「%1」の追加</translation>
    </message>
    <message>
        <source>Adding the department %1</source>
        <translation>所管課「%1」の追加</translation>
    </message>
    <message>
        <source>Adding the section %1</source>
        <translation>係「%1」の追加</translation>
    </message>
    <message>
        <source>Adding the person %1</source>
        <translation>職員「%1」の追加</translation>
    </message>
    <message>
        <source>Saving the setting %1</source>
        <translation>設定「%1」の保存</translation>
    </message>
    <message>
        <source>changing the register settings</source>
        <translation>台帳の設定の変更</translation>
    </message>
    <message>
        <source>The organisation name is %1 characters long; at most %2 fit on printed registers.</source>
        <translation>団体名が%1文字あります。印刷する台帳に収まるのは%2文字までです。</translation>
    </message>
    <message>
        <source>The review period must be between %1 and %2 months.</source>
        <translation>見直し周期は%1か月から%2か月の間で指定してください。</translation>
    </message>
    <message>
        <source>saving the department %1</source>
        <translation>所管課「%1」の保存</translation>
    </message>
    <message>
        <source>The department no longer exists.</source>
        <translation>この所管課はすでに存在しません。</translation>
    </message>
    <message>
        <source>Enter the department&apos;s code.</source>
        <translation>所管課のコードを入力してください。</translation>
    </message>
    <message>
        <source>The code %1 is already used by another department.</source>
        <translation>コード %1 は別の所管課で使われています。</translation>
    </message>
    <message>
        <source>Enter the department&apos;s name.</source>
        <translation>所管課の名称を入力してください。</translation>
    </message>
    <message>
        <source>Choose the organ the department belongs to.</source>
        <translation>所管課が属する機関を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n asset(s) in use: move them to another department or retire them first.</source>
        <translation>
            <numerusform>%1には使用中の資産が%n件あります。先に別の所管課へ移すか、廃止してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>adding the organ %1</source>
        <translation>機関「%1」の追加</translation>
    </message>
    <message>
        <source>adding the department %1</source>
        <translation>所管課「%1」の追加</translation>
    </message>
    <message>
        <source>adding the section %1</source>
        <translation>係「%1」の追加</translation>
    </message>
    <message>
        <source>adding the person %1</source>
        <translation>職員「%1」の追加</translation>
    </message>
    <message>
        <source>Counting the assets of %1</source>
        <translation>%1の資産を数えています</translation>
    </message>
    <message>
        <source>saving the classification level %1</source>
        <translation>格付け「%1」の保存</translation>
    </message>
    <message>
        <source>The classification scheme no longer exists.</source>
        <translation>この格付け基準は既に存在しません。</translation>
    </message>
    <message>
        <source>The classification level no longer exists.</source>
        <translation>この格付けは既に存在しません。</translation>
    </message>
    <message>
        <source>Enter the level&apos;s code.</source>
        <translation>格付けのコードを入力してください。</translation>
    </message>
    <message>
        <source>The code %1 is already a level of this axis.</source>
        <translation>コード %1 はこの区分の格付けとして既に使われています。</translation>
    </message>
    <message>
        <source>The rank must be between 1 and 9.</source>
        <translation>順位は 1 から 9 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Rank %1 is already taken on this axis: ranks order the levels from public (1) to strictest.</source>
        <translation>順位 %1 はこの区分で既に使われています。順位は公開（1）から最も厳格なものへの並びを表します。</translation>
    </message>
    <message>
        <source>Enter the level&apos;s label.</source>
        <translation>格付けの表示名を入力してください。</translation>
    </message>
    <message>
        <source>%1 is not a handling restriction of this axis.</source>
        <translation>%1 はこの区分の取扱制限ではありません。</translation>
    </message>
    <message>
        <source>Saving the classification level %1</source>
        <translation>格付け「%1」を保存しています</translation>
    </message>
    <message>
        <source>saving the organ %1</source>
        <translation>機関「%1」の保存</translation>
    </message>
    <message>
        <source>saving the section %1</source>
        <translation>係「%1」の保存</translation>
    </message>
    <message>
        <source>The organ no longer exists.</source>
        <translation>この機関は既に存在しません。</translation>
    </message>
    <message>
        <source>The section no longer exists.</source>
        <translation>この係は既に存在しません。</translation>
    </message>
    <message>
        <source>Enter the organ&apos;s code.</source>
        <translation>機関のコードを入力してください。</translation>
    </message>
    <message>
        <source>Enter the section&apos;s code.</source>
        <translation>係のコードを入力してください。</translation>
    </message>
    <message>
        <source>The code %1 is already used by another organ.</source>
        <translation>コード %1 は別の機関で使われています。</translation>
    </message>
    <message>
        <source>The code %1 is already used by another section.</source>
        <translation>コード %1 は別の係で使われています。</translation>
    </message>
    <message>
        <source>Enter the organ&apos;s name.</source>
        <translation>機関の名称を入力してください。</translation>
    </message>
    <message>
        <source>Enter the section&apos;s name.</source>
        <translation>係の名称を入力してください。</translation>
    </message>
    <message>
        <source>Choose the department the section belongs to.</source>
        <translation>係が属する所管課を選んでください。</translation>
    </message>
</context>
<context>
    <name>assetreg::OrgUnitsPage</name>
    <message>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英語名</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>e.g. KIKAKU (asset numbers begin with it)</source>
        <translation>例: KIKAKU（資産番号の先頭になります）</translation>
    </message>
    <message>
        <source>e.g. KIKAKU-1 (fixed once saved)</source>
        <translation>例: KIKAKU-1（保存後は変更できません）</translation>
    </message>
    <message>
        <source>Lower numbers come first in the tree, the pickers and printed registers</source>
        <translation>小さい番号ほど、ツリー・選択肢・印刷した台帳で先に並びます</translation>
    </message>
    <message>
        <source>In use (offered when entering assets)</source>
        <translation>使用中（資産の入力時に選択肢に出ます）</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>所管課(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Organ:</source>
        <translation>機関(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英語名(&amp;E):</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>表示順(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The code cannot change once saved: imports and asset numbers refer to it</source>
        <translation>コードは保存後は変更できません（取込みや資産番号が参照しています）</translation>
    </message>
    <message>
        <source>Ne&amp;w Organ</source>
        <translation>機関を追加(&amp;W)</translation>
    </message>
    <message>
        <source>Ne&amp;w Department</source>
        <translation>所管課を追加(&amp;W)</translation>
    </message>
    <message>
        <source>Ne&amp;w Section</source>
        <translation>係を追加(&amp;W)</translation>
    </message>
</context>
<context>
    <name>assetreg::OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Organs</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>係</translation>
    </message>
    <message>
        <source>Only administrators change the organisation; you can look.</source>
        <translation>組織を変更できるのは管理者だけです。閲覧のみできます。</translation>
    </message>
</context>
<context>
    <name>assetreg::OrganisationTreeModel</name>
    <message>
        <source>All departments</source>
        <translation>すべての所管課</translation>
    </message>
</context>
<context>
    <name>assetreg::RegisterOpener</name>
    <message>
        <source>Open Register</source>
        <translation>台帳を開く</translation>
    </message>
    <message>
        <source>Register Damaged</source>
        <translation>台帳の破損</translation>
    </message>
    <message>
        <source>%1

The latest automatic backup of this register was taken on %2. Restore the register from it? Changes made since then are not in it. The damaged file is kept beside the register, unchanged.</source>
        <translation>%1

この台帳の最新の自動バックアップは %2 に作成されました。このバックアップから台帳を復元しますか？それ以降の変更は含まれていません。破損したファイルは変更せずに台帳と同じフォルダーに保管します。</translation>
    </message>
    <message>
        <source>The automatic backup could not be restored: %1</source>
        <translation>自動バックアップを復元できませんでした: %1</translation>
    </message>
    <message>
        <source>Register Restored</source>
        <translation>台帳を復元しました</translation>
    </message>
    <message>
        <source>The register was restored from the automatic backup of %1. The damaged file was kept as &quot;%2&quot;.</source>
        <translation>%1 の自動バックアップから台帳を復元しました。破損したファイルは「%2」として保管しています。</translation>
    </message>
</context>
<context>
    <name>assetreg::RegisterPrintSetupDialog</name>
    <message>
        <source>Print Register</source>
        <translation>台帳の印刷</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ設定</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙サイズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>印刷の向き(&amp;O):</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <source>&amp;Group by department</source>
        <translation>所管課ごとにまとめる(&amp;G)</translation>
    </message>
    <message>
        <source>Columns (in print order)</source>
        <translation>印刷する列（印刷順）</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Standard</source>
        <translation>標準に戻す(&amp;S)</translation>
    </message>
    <message>
        <source>The columns that fit A4 landscape</source>
        <translation>A4 横に収まる標準の列に戻します</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF として保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>印刷する列を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Print Preview: Register</source>
        <translation>印刷プレビュー: 台帳</translation>
    </message>
    <message>
        <source>The register could not be printed: %1</source>
        <translation>台帳を印刷できませんでした: %1</translation>
    </message>
    <message>
        <source>Save Register as PDF</source>
        <translation>台帳を PDF として保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n asset(s) to %1.</source>
        <translation>
            <numerusform>%n件の資産を「%1」に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail Sheet</source>
        <translation>個票</translation>
    </message>
    <message>
        <source>The asset no longer exists.</source>
        <translation>この資産は既に存在しません。</translation>
    </message>
    <message>
        <source>Print Preview: %1 %2</source>
        <translation>印刷プレビュー: %1 %2</translation>
    </message>
    <message>
        <source>The detail sheet could not be printed: %1</source>
        <translation>個票を印刷できませんでした: %1</translation>
    </message>
    <message>
        <source>Save Detail Sheet as PDF</source>
        <translation>個票を PDF として保存</translation>
    </message>
</context>
<context>
    <name>assetreg::RegisterPrinter</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>印刷を開始できませんでした。</translation>
    </message>
    <message>
        <source>The printer could not start page %1.</source>
        <translation>%1ページ目の印刷を開始できませんでした。</translation>
    </message>
    <message>
        <source>The printer could not finish the document.</source>
        <translation>文書の印刷を完了できませんでした。</translation>
    </message>
    <message>
        <source>The PDF output is not open for writing.</source>
        <translation>PDF の出力先が書き込み用に開かれていません。</translation>
    </message>
    <message>
        <source>the device refused the data</source>
        <translation>出力先がデータを受け付けませんでした</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF を書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>No printer was given.</source>
        <translation>プリンタが指定されていません。</translation>
    </message>
</context>
<context>
    <name>assetreg::RegisterSettingsDialog</name>
    <message>
        <source>Register Settings</source>
        <translation>台帳の設定</translation>
    </message>
    <message>
        <source>e.g. みなみ野市</source>
        <translation>例: みなみ野市</translation>
    </message>
    <message>
        <source>Printed in the heading of registers and reports</source>
        <translation>台帳や報告書の見出しに印刷されます</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>An approved asset is due for re-review this long after its last approval, and overdue after that</source>
        <translation>承認された資産は、最後の承認からこの期間が過ぎると見直し時期となり、それを過ぎると期限超過になります</translation>
    </message>
    <message>
        <source>A section head approves before the security officer</source>
        <translation>情報セキュリティ担当の前に所属長が承認する</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>団体名(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Review period:</source>
        <translation>見直し周期(&amp;R):</translation>
    </message>
</context>
<context>
    <name>assetreg::RetireDialog</name>
    <message>
        <source>Retire assets</source>
        <translation>資産の利用終了</translation>
    </message>
    <message>
        <source>Dispose of assets</source>
        <translation>資産の廃棄</translation>
    </message>
    <message>
        <source>These assets will be taken out of use. Their records stay in the register.</source>
        <translation>次の資産を利用終了にします。記録は台帳に残ります。</translation>
    </message>
    <message>
        <source>These assets will be recorded as disposed of. Their records stay in the register and can no longer be edited.</source>
        <translation>次の資産を廃棄済として記録します。記録は台帳に残りますが、以後は編集できなくなります。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Date retired:</source>
        <translation>利用終了日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Date disposed:</source>
        <translation>廃棄日(&amp;D):</translation>
    </message>
    <message>
        <source>Required, e.g. replaced by the new system</source>
        <translation>必須。例: 新システムへの移行のため</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>Shredding</source>
        <translation>裁断（シュレッダー）</translation>
    </message>
    <message>
        <source>Physical destruction</source>
        <translation>物理的破壊</translation>
    </message>
    <message>
        <source>Complete erasure with erasure software</source>
        <translation>消去ソフトウェアによる完全消去</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>廃棄方法(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>立会者(&amp;W):</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>利用終了</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <source>Dissolving</source>
        <translation>溶解処理</translation>
    </message>
</context>
<context>
    <name>assetreg::ReviewQueueDialog</name>
    <message>
        <source>Review Queue</source>
        <translation>審査待ち一覧</translation>
    </message>
    <message>
        <source>Assets of your department submitted for review. Select one or more, check what changed, then decide for all selected assets at once.</source>
        <translation>審査が申請された、自分の所管課の資産です。資産を1件以上選択して変更内容を確認し、選択したすべての資産についてまとめて決定してください。</translation>
    </message>
    <message>
        <source>Assets submitted for review. Select one or more, check what changed since their last approval, then decide for all selected assets at once.</source>
        <translation>審査が申請された資産です。資産を1件以上選択して前回の承認以降の変更内容を確認し、選択したすべての資産についてまとめて決定してください。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>審査状態</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>申請日時</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>格付</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Approved value</source>
        <translation>承認時の値</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在の値</translation>
    </message>
    <message>
        <source>&amp;Comment (required to return; the department reads it):</source>
        <translation>コメント(&amp;C)（差し戻す場合は必須。所管課に伝えられます）:</translation>
    </message>
    <message>
        <source>Why the assets are returned, or a note on the approval</source>
        <translation>差し戻す理由、または承認に関する補足</translation>
    </message>
    <message>
        <source>&amp;Section head approval</source>
        <translation>所属長承認(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return to department</source>
        <translation>所管課に差し戻す(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n assets awaiting review</source>
        <translation>
            <numerusform>審査待ちの資産 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes since the last approval</source>
        <translation>前回の承認以降の変更内容</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation>決定を待っている資産はありません。</translation>
    </message>
    <message>
        <source>Select an asset to see what changed.</source>
        <translation>資産を選択すると、変更内容が表示されます。</translation>
    </message>
    <message>
        <source>Changes since the last approval: %1 %2</source>
        <translation>前回の承認以降の変更内容: %1 %2</translation>
    </message>
    <message>
        <source>New asset — never approved. Its current values:</source>
        <translation>新しい資産です（未承認）。現在の値:</translation>
    </message>
    <message>
        <source>No field changed since the approved version %1.</source>
        <translation>承認された第%1版から変更された項目はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed since the approved version %1.</source>
        <translation>
            <numerusform>承認された第%1版から%n件の項目が変更されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more assets in the queue first.</source>
        <translation>先に一覧から資産を1件以上選択してください。</translation>
    </message>
    <message>
        <source>Only security officers and administrators approve or return reviews.</source>
        <translation>審査の承認・差戻しができるのは、情報セキュリティ担当と管理者だけです。</translation>
    </message>
    <message>
        <source>%1 waits for its section head&apos;s approval first.</source>
        <translation>%1は、先に所属長の承認が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>Approve the %n selected assets (Ctrl+Enter)</source>
        <translation>
            <numerusform>選択した%n件の資産を承認します（Ctrl+Enter）</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the section head of %1, security officers and administrators approve for this department.</source>
        <translation>この所管課の所属長承認ができるのは、%1の所属長、情報セキュリティ担当と管理者だけです。</translation>
    </message>
    <message>
        <source>%1 is already approved by its section head.</source>
        <translation>%1は既に所属長が承認しています。</translation>
    </message>
    <message numerus="yes">
        <source>Approve the %n selected assets for their department</source>
        <translation>
            <numerusform>選択した%n件の資産に所属長承認を行います</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a comment first: it tells the department why the assets are returned.</source>
        <translation>先にコメントを入力してください。差し戻す理由として所管課に伝えられます。</translation>
    </message>
    <message numerus="yes">
        <source>Return the %n selected assets to their department with the comment</source>
        <translation>
            <numerusform>選択した%n件の資産を、コメントを付けて所管課に差し戻します</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審査</translation>
    </message>
</context>
<context>
    <name>assetreg::RiskAssessmentDialog</name>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>起こりやすさ</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Possibility</source>
        <translation>被害発生可能性</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>likely: has happened here or nearby</source>
        <translation>起こりやすい（当市や近隣で発生している）</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>起こりうる</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>起こりにくい</translation>
    </message>
    <message>
        <source>脅威の起こりやすさ: how likely the threat is to occur</source>
        <translation>脅威の起こりやすさ：脅威が発生する可能性</translation>
    </message>
    <message>
        <source>no controls</source>
        <translation>対策なし</translation>
    </message>
    <message>
        <source>some controls</source>
        <translation>一部対策あり</translation>
    </message>
    <message>
        <source>controls in place</source>
        <translation>対策済み</translation>
    </message>
    <message>
        <source>脆弱性: how exposed the asset is to the threat today</source>
        <translation>脆弱性：現在、資産が脅威にどれだけさらされているか</translation>
    </message>
    <message>
        <source>e.g. antivirus with automatic updates</source>
        <translation>例: ウイルス対策ソフト（定義ファイル自動更新）</translation>
    </message>
    <message>
        <source>What will be done, e.g. introduce multi-factor sign-in</source>
        <translation>実施する対策。例: 多要素認証を導入する</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>T&amp;hreat:</source>
        <translation>脅威(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>起こりやすさ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Vulnerability:</source>
        <translation>脆弱性(&amp;V):</translation>
    </message>
    <message>
        <source>Existing &amp;controls:</source>
        <translation>現在の対策(&amp;C):</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>評価結果:</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>対策(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>対策の内容(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O):</translation>
    </message>
    <message>
        <source>A&amp;pply Template</source>
        <translation>テンプレートを適用(&amp;P)</translation>
    </message>
    <message>
        <source>Apply Template</source>
        <translation>テンプレートの適用</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s) of the template are already assessed. Replace them with the template&apos;s values? (No adds only the threats not yet assessed.)</source>
        <translation>
            <numerusform>テンプレートの脅威のうち %n 件は評価済みです。テンプレートの値で置き換えますか？（「いいえ」は未評価の脅威だけを追加します。）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Threat</source>
        <translation>脅威を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Adds a row for a threat not yet assessed (Insert)</source>
        <translation>未評価の脅威の行を追加します (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Removes the selected row (Delete)</source>
        <translation>選択した行を削除します (Delete)</translation>
    </message>
    <message>
        <source>Save as Te&amp;mplate…</source>
        <translation>テンプレートとして保存(&amp;M)…</translation>
    </message>
    <message>
        <source>Makes these rows the template of this sub-type, to assess similar assets in one step (administrators)</source>
        <translation>これらの行をこの種別のテンプレートにし、同種の資産を一括で評価できるようにします（管理者）</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>テンプレート:</translation>
    </message>
    <message>
        <source>Risk Assessment — %1</source>
        <translation>リスク評価 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (%3)&lt;br&gt;Classification %4: importance &lt;b&gt;%5&lt;/b&gt;. Risk value = importance × possibility (from likelihood and vulnerability).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2（%3）&lt;br&gt;格付 %4：重要度 &lt;b&gt;%5&lt;/b&gt;。リスク値 ＝ 重要度 × 被害発生可能性（起こりやすさと脆弱性から算出）</translation>
    </message>
    <message>
        <source>第3条(%1) %2</source>
        <translation>第3条(%1) %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1（完了）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>possibility %1 × importance %2 = risk value %3 %4</source>
        <translation>被害発生可能性 %1 × 重要度 %2 ＝ リスク値 %3 %4</translation>
    </message>
    <message>
        <source>Add Threat</source>
        <translation>脅威の追加</translation>
    </message>
    <message>
        <source>Every threat of the catalogue is already assessed for this asset.</source>
        <translation>この資産については、脅威一覧のすべての脅威が評価済みです。</translation>
    </message>
    <message>
        <source>Standard assessment of %1</source>
        <translation>%1の標準評価</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>テンプレートとして保存</translation>
    </message>
    <message>
        <source>Name of the template for this sub-type (a template of the same name is replaced):</source>
        <translation>この種別のテンプレート名（同じ名前のテンプレートは置き換えられます）:</translation>
    </message>
    <message>
        <source>Risk Assessment</source>
        <translation>リスク評価</translation>
    </message>
    <message>
        <source>The assessment has unsaved changes. Save them before closing?</source>
        <translation>評価に保存していない変更があります。閉じる前に保存しますか？</translation>
    </message>
</context>
<context>
    <name>assetreg::RiskHeatMap</name>
    <message>
        <source>Risk heat map</source>
        <translation>リスクヒートマップ</translation>
    </message>
    <message>
        <source>outside every band</source>
        <translation>どの区分にも該当しない</translation>
    </message>
    <message>
        <source>Importance %1 × possibility %2 = risk value %3 (%4)</source>
        <translation>重要度 %1 × 被害発生可能性 %2 = リスク値 %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>リスク %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>資産 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show these assets in the register.</source>
        <translation>クリックすると、これらの資産を台帳に表示します。</translation>
    </message>
    <message>
        <source>Risk value %1</source>
        <translation>リスク値 %1</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Possibility</source>
        <translation>被害発生可能性</translation>
    </message>
</context>
<context>
    <name>assetreg::RiskRegisterDialog</name>
    <message>
        <source>Risk Register</source>
        <translation>リスク一覧</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>すべての所管課</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>すべての区分</translation>
    </message>
    <message>
        <source>&amp;Overdue treatments only</source>
        <translation>期限切れの対策のみ(&amp;O)</translation>
    </message>
    <message>
        <source>Search asset, threat, plan or owner</source>
        <translation>資産・脅威・対策・担当者で検索</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>評価(&amp;A)…</translation>
    </message>
    <message>
        <source>Show in &amp;Register</source>
        <translation>台帳で表示(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) shown</source>
        <translation>
            <numerusform>リスク %n 件を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue treatment(s)</source>
        <translation>
            <numerusform>期限切れの対策 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assetreg::RiskReport</name>
    <message>
        <source>%L1</source>
        <comment>a count of assets, risks or treatments (Japanese adds 件)</comment>
        <translation>%L1件</translation>
    </message>
    <message>
        <source>Risk value %1</source>
        <translation>リスク値 %1</translation>
    </message>
    <message>
        <source>Risk value %1–%2</source>
        <translation>リスク値 %1～%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Asset number</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>情報資産名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>起こりやすさ</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Possibility</source>
        <translation>被害発生可能性</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>既存の対策</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>対策内容</translation>
    </message>
    <message>
        <source>Treatment owner</source>
        <translation>対策の担当者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>残り%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets in use</source>
        <translation>使用中の資産</translation>
    </message>
    <message>
        <source>Assessed assets</source>
        <translation>リスク評価済みの資産</translation>
    </message>
    <message>
        <source>Risks identified</source>
        <translation>識別したリスク</translation>
    </message>
    <message>
        <source>Open treatments</source>
        <translation>未完了の対策</translation>
    </message>
    <message>
        <source>Overdue treatments</source>
        <translation>期限切れの対策</translation>
    </message>
    <message>
        <source>Risk summary</source>
        <translation>リスク分析結果報告書</translation>
    </message>
    <message>
        <source>Information security committee</source>
        <translation>情報セキュリティ委員会</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 現在</translation>
    </message>
    <message>
        <source>Prepared: %1</source>
        <translation>作成日&#x3000;%1</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>リスク値の高いリスク</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a numbered section heading</comment>
        <translation>%1&#x3000;%2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <comment>assessed assets and their share of those in use</comment>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Risks by band</source>
        <translation>リスク評価別の件数</translation>
    </message>
    <message>
        <source>Risk map (importance × possibility)</source>
        <translation>リスクマップ（重要度 × 被害発生可能性）</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>リスク評価の区分</translation>
    </message>
    <message>
        <source>Risk value = importance × possibility</source>
        <translation>リスク値 ＝ 重要度 × 被害発生可能性</translation>
    </message>
    <message>
        <source>Possibility comes from the likelihood of the threat and the vulnerability (IPA risk analysis method).</source>
        <translation>被害発生可能性は、脅威の起こりやすさと脆弱性から求める（IPA リスク分析シートの手法）。</translation>
    </message>
    <message>
        <source>Risks by department</source>
        <translation>所管課別のリスク</translation>
    </message>
    <message>
        <source>No risks have been assessed yet.</source>
        <translation>リスク分析を行った情報資産はまだありません。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Treatments due</source>
        <translation>対策期限一覧</translation>
    </message>
    <message>
        <source>No open treatment has a due date.</source>
        <translation>期限が設定された未完了の対策はありません。</translation>
    </message>
    <message>
        <source>Overdue treatments and those due by %1.</source>
        <translation>期限を超過した対策と、%1までに期限を迎える対策を掲載しています。</translation>
    </message>
    <message numerus="yes">
        <source>Overdue treatments and those due by %1. %n more, due later, are listed in the workbook&apos;s sheet &quot;%2&quot;.</source>
        <translation>
            <numerusform>期限を超過した対策と、%1までに期限を迎える対策を掲載しています。これより後に期限を迎える%n件は、Excel ファイルの「%2」シートに掲載しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Register history</source>
        <translation>情報資産の推移</translation>
    </message>
    <message>
        <source>Assets in use at the end of each month</source>
        <translation>各月末の使用中の情報資産数</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Retired or disposed</source>
        <translation>廃止・廃棄</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>登録・廃止件数</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>  %1</source>
        <comment>a band&apos;s row under the risks</comment>
        <translation>&#x3000;%1</translation>
    </message>
    <message>
        <source>Highest risk value</source>
        <translation>最大リスク値</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>リスクマップ</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Audit log #%1 sha256:%2</source>
        <translation>監査ログ #%1 sha256:%2</translation>
    </message>
    <message>
        <source>No printer was given.</source>
        <translation>プリンタが指定されていません。</translation>
    </message>
    <message>
        <source>The workbook output is not open for writing.</source>
        <translation>ブックの出力先が書き込み用に開かれていません。</translation>
    </message>
</context>
<context>
    <name>assetreg::RiskRepository</name>
    <message>
        <source>Reading the risk catalogue</source>
        <translation>リスクの基準データを読み込んでいます</translation>
    </message>
    <message>
        <source>Reading the risks</source>
        <translation>リスクを読み込んでいます</translation>
    </message>
    <message>
        <source>Counting the assessed assets</source>
        <translation>評価済みの資産を数えています</translation>
    </message>
    <message>
        <source>Reading the asset</source>
        <translation>資産を読み込んでいます</translation>
    </message>
    <message>
        <source>The asset no longer exists.</source>
        <translation>この資産は既に存在しません。</translation>
    </message>
    <message>
        <source>The register is open read-only; risks cannot be changed.</source>
        <translation>台帳は読み取り専用で開かれているため、リスクは変更できません。</translation>
    </message>
    <message>
        <source>assessing the risks of %1</source>
        <translation>%1 のリスク評価</translation>
    </message>
    <message>
        <source>Saving the risk %1</source>
        <translation>リスク %1 を保存しています</translation>
    </message>
    <message>
        <source>Choose a threat of the catalogue for every row.</source>
        <translation>すべての行で脅威一覧の脅威を選んでください。</translation>
    </message>
    <message>
        <source>%1 is assessed twice; keep one row.</source>
        <translation>%1 が2回評価されています。1行にしてください。</translation>
    </message>
    <message>
        <source>%1: the likelihood must be 1, 2 or 3.</source>
        <translation>%1: 起こりやすさは 1、2、3 のいずれかです。</translation>
    </message>
    <message>
        <source>%1: the vulnerability must be 1, 2 or 3.</source>
        <translation>%1: 脆弱性は 1、2、3 のいずれかです。</translation>
    </message>
    <message>
        <source>%1: a treatment marked done needs the treatment chosen.</source>
        <translation>%1: 完了とするには対策を選んでください。</translation>
    </message>
    <message>
        <source>The risk %1 of %2 was removed by someone else; reload the assessment.</source>
        <translation>%2 のリスク「%1」は他の人が削除しました。評価を読み込み直してください。</translation>
    </message>
    <message>
        <source>The risk %1 of %2 was changed by someone else since you opened it; reload the assessment.</source>
        <translation>%2 のリスク「%1」は、開いた後に他の人が変更しました。評価を読み込み直してください。</translation>
    </message>
    <message>
        <source>Removing the risk %1</source>
        <translation>リスク %1 を削除しています</translation>
    </message>
    <message>
        <source>The risk %1 was changed by someone else; reload the assessment.</source>
        <translation>リスク %1 は他の人が変更しました。評価を読み込み直してください。</translation>
    </message>
    <message>
        <source>The risk template no longer exists.</source>
        <translation>このリスク評価テンプレートは既に存在しません。</translation>
    </message>
    <message>
        <source>%1 is not of the sub-type the template &quot;%2&quot; is for; nothing was applied.</source>
        <translation>%1 はテンプレート「%2」の対象の種別ではありません。何も適用していません。</translation>
    </message>
    <message>
        <source>saving the risk template %1</source>
        <translation>リスク評価テンプレート「%1」の保存</translation>
    </message>
    <message>
        <source>Enter the template&apos;s name.</source>
        <translation>テンプレートの名前を入力してください。</translation>
    </message>
    <message>
        <source>Choose the asset sub-type the template is for.</source>
        <translation>テンプレートの対象とする資産の種別を選んでください。</translation>
    </message>
    <message>
        <source>Every row needs a different threat of the catalogue and a likelihood and vulnerability of 1 to 3.</source>
        <translation>各行には脅威一覧の異なる脅威と、1〜3 の起こりやすさ・脆弱性が必要です。</translation>
    </message>
    <message>
        <source>Saving the risk template %1</source>
        <translation>リスク評価テンプレート「%1」を保存しています</translation>
    </message>
    <message>
        <source>saving the threat %1</source>
        <translation>脅威「%1」の保存</translation>
    </message>
    <message>
        <source>The threat no longer exists.</source>
        <translation>この脅威は既に存在しません。</translation>
    </message>
    <message>
        <source>Enter the threat&apos;s code.</source>
        <translation>脅威のコードを入力してください。</translation>
    </message>
    <message>
        <source>The code %1 is already a threat.</source>
        <translation>コード %1 は既に脅威として使われています。</translation>
    </message>
    <message>
        <source>Enter the threat&apos;s name.</source>
        <translation>脅威の名称を入力してください。</translation>
    </message>
    <message>
        <source>Choose the group of 第3条 the threat belongs to.</source>
        <translation>脅威が属する第3条の区分を選んでください。</translation>
    </message>
    <message>
        <source>Saving the threat %1</source>
        <translation>脅威「%1」を保存しています</translation>
    </message>
</context>
<context>
    <name>assetreg::RiskTableModel</name>
    <message>
        <source>The treatment is overdue: it was due on %1</source>
        <translation>対策の期限（%1）を過ぎています</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1（完了）</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 期限切れ</translation>
    </message>
    <message>
        <source>Asset number</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>起こりやすさ</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <source>Possibility</source>
        <translation>被害発生可能性</translation>
    </message>
    <message>
        <source>Risk value</source>
        <translation>リスク値</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Treatment owner</source>
        <translation>対策の担当者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>assetreg::TextCodec</name>
    <message>
        <source>This system cannot decode CP932 (Windows-31J) text.</source>
        <translation>この環境では CP932（Windows-31J）のテキストを読み込めません。</translation>
    </message>
    <message>
        <source>The file is not valid %1 text: line %2, byte %3 cannot be decoded. Choose the right encoding.</source>
        <translation>ファイルは正しい %1 のテキストではありません（%2行目、ファイルの先頭から%3バイト目を読み取れません）。正しい文字コードを選択してください。</translation>
    </message>
    <message>
        <source>The file is not a text file: line %1 contains binary data.</source>
        <translation>テキストファイルではありません。%1行目にバイナリデータが含まれています。</translation>
    </message>
    <message>
        <source>The text cannot be written in CP932.</source>
        <translation>このテキストは CP932 で書き出せません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written in CP932. Export in UTF-8 instead, or change the text.</source>
        <translation>「%1」は CP932 では書き出せません。UTF-8 で書き出すか、文字を変更してください。</translation>
    </message>
</context>
<context>
    <name>assetreg::ThreatCatalogueDialog</name>
    <message>
        <source>Threat Catalogue</source>
        <translation>脅威一覧</translation>
    </message>
    <message>
        <source>第3条</source>
        <translation>第3条</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>脅威</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英語名</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>選択可</translation>
    </message>
    <message>
        <source>e.g. flood (fixed once saved)</source>
        <translation>例: flood（保存後は変更できません）</translation>
    </message>
    <message>
        <source>Offered in new assessments</source>
        <translation>新しい評価で選択できる</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>区分(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英語名(&amp;E):</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>表示順(&amp;R):</translation>
    </message>
    <message>
        <source>Ne&amp;w Threat</source>
        <translation>脅威を追加(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>assetreg::UndoLog</name>
    <message>
        <source>Undo: %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <source>Registration undone</source>
        <translation>登録の取り消し</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone: %2</source>
        <translation>「%1」を元に戻せません: %2</translation>
    </message>
</context>
<context>
    <name>assetreg::UsersDialog</name>
    <message>
        <source>Users and Roles</source>
        <translation>利用者と役割</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>OS login (SQLite) or database login (PostgreSQL)</source>
        <translation>OSのログイン名（SQLite）またはデータベースのログイン名（PostgreSQL）</translation>
    </message>
    <message>
        <source>(all departments)</source>
        <translation>（全所管課）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>所管課(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>利用者を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>役割を変更(&amp;C)</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>利用者の追加</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>役割の変更</translation>
    </message>
</context>
<context>
    <name>assetreg::XlsxReader</name>
    <message>
        <source>the decompressor could not be started</source>
        <translation>展開処理を開始できませんでした</translation>
    </message>
    <message>
        <source>it is longer than its declared size</source>
        <translation>記録されたサイズより長くなっています</translation>
    </message>
    <message>
        <source>its compressed data ends early (the file may be truncated)</source>
        <translation>圧縮データが途中で終わっています（ファイルが途中で切れている可能性があります）</translation>
    </message>
    <message>
        <source>its compressed data is invalid (%1)</source>
        <translation>圧縮データが不正です（%1）</translation>
    </message>
    <message>
        <source>it is shorter than its declared size</source>
        <translation>記録されたサイズより短くなっています</translation>
    </message>
    <message>
        <source>its CRC-32 checksum does not match</source>
        <translation>CRC-32 チェックサムが一致しません</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the workbook</source>
        <translation>ブックの構成要素「%1」</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot;</source>
        <translation>シート「%1」</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Remove the password in Excel, save the workbook and try again.</source>
        <translation>ブックがパスワードで保護されています。Excel でパスワードを解除してブックを保存し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file is an Excel 97-2003 workbook (.xls) or another older Office file, not an .xlsx workbook. Save it in Excel as &quot;Excel Workbook (*.xlsx)&quot; and try again.</source>
        <translation>このファイルは Excel 97-2003 ブック（.xls）などの古い形式の Office ファイルで、.xlsx 形式のブックではありません。Excel で「Excel ブック (*.xlsx)」として保存し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The workbook is damaged: the end of its ZIP directory is missing (the file may be truncated).</source>
        <translation>ブックが破損しています。ZIP のディレクトリ情報の末尾がありません（ファイルが途中で切れている可能性があります）。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it is not a ZIP archive.</source>
        <translation>このファイルは ZIP 形式ではないため、Excel ブック（.xlsx）ではありません。</translation>
    </message>
    <message>
        <source>The workbook uses the ZIP64 format, which is not supported. Open it in Excel and save it again.</source>
        <translation>このブックは ZIP64 形式で保存されており、対応していません。Excel で開いて保存し直してください。</translation>
    </message>
    <message>
        <source>The workbook is a ZIP archive split over several files, which is not supported.</source>
        <translation>このブックは複数のファイルに分割された ZIP 形式で、対応していません。</translation>
    </message>
    <message>
        <source>The workbook is damaged: its ZIP directory lies outside the file (the file may be truncated).</source>
        <translation>ブックが破損しています。ZIP のディレクトリ情報がファイルの範囲外にあります（ファイルが途中で切れている可能性があります）。</translation>
    </message>
    <message>
        <source>The workbook is damaged: entry %1 of its ZIP directory is not valid.</source>
        <translation>ブックが破損しています。ZIP のディレクトリ情報の%1番目の項目が不正です。</translation>
    </message>
    <message>
        <source>%1 is encrypted, which is not supported. Remove the password in Excel, save the workbook and try again.</source>
        <translation>%1は暗号化されており、対応していません。Excel でパスワードを解除してブックを保存し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is compressed with method %2, which is not supported (only stored and deflated parts are).</source>
        <translation>%1は圧縮方式 %2 で圧縮されており、対応していません（対応しているのは無圧縮と Deflate 圧縮だけです）。</translation>
    </message>
    <message>
        <source>%1 is too large to read (%2 MB uncompressed; at most %3 MB).</source>
        <translation>%1は大きすぎるため読み込めません（展開後 %2 MB、上限 %3 MB）。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1は破損しています: %2。</translation>
    </message>
    <message>
        <source>its ZIP header is missing</source>
        <translation>ZIP ヘッダがありません</translation>
    </message>
    <message>
        <source>its data lies beyond the end of the file (the file may be truncated)</source>
        <translation>データがファイルの末尾を越えています（ファイルが途中で切れている可能性があります）</translation>
    </message>
    <message>
        <source>its stored size does not match its declared size</source>
        <translation>格納されたサイズが記録されたサイズと一致しません</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 (line %3, column %4).</source>
        <translation>%1は破損しています: %2（%3行目 %4列目）。</translation>
    </message>
    <message>
        <source>No file was given.</source>
        <translation>ファイルが指定されていません。</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>ファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <source>The file could not be read: it is not open for reading.</source>
        <translation>ファイルを読み込めませんでした。読み込み用に開かれていません。</translation>
    </message>
    <message>
        <source>The file is too large to import (%1 MB; at most %2 MB).</source>
        <translation>ファイルが大きすぎるため取り込めません（%1 MB、上限 %2 MB）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The workbook is damaged: the part &quot;%1&quot; is missing.</source>
        <translation>ブックが破損しています。構成要素「%1」がありません。</translation>
    </message>
    <message>
        <source>The file is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx). Save it as &quot;Excel 2007-365 (.xlsx)&quot; and try again.</source>
        <translation>このファイルは OpenDocument スプレッドシート（.ods）で、Excel ブック（.xlsx）ではありません。「Excel 2007-365 (.xlsx)」形式で保存し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an Excel workbook (.xlsx): it has no workbook part.</source>
        <translation>このファイルは ZIP 形式ですが、Excel ブック（.xlsx）ではありません（ブック本体の構成要素がありません）。</translation>
    </message>
    <message>
        <source>The workbook has no worksheets.</source>
        <translation>ブックにワークシートがありません。</translation>
    </message>
    <message>
        <source>The workbook has too many different texts to import (more than %L1).</source>
        <translation>ブック内の異なる文字列が多すぎるため取り込めません（%L1個を超えています）。</translation>
    </message>
    <message>
        <source>text number %1 holds more than %L2 characters</source>
        <translation>%1番目の文字列が%L2文字を超えています</translation>
    </message>
    <message>
        <source>No workbook is open.</source>
        <translation>ブックが開かれていません。</translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation>ブックに%1番目のシートがありません。</translation>
    </message>
    <message>
        <source>The workbook is damaged: the sheet &quot;%1&quot; has no data part.</source>
        <translation>ブックが破損しています。シート「%1」のデータ部分がありません。</translation>
    </message>
    <message>
        <source>The workbook is damaged: the data of the sheet &quot;%1&quot; (%2) is missing.</source>
        <translation>ブックが破損しています。シート「%1」のデータ（%2）がありません。</translation>
    </message>
    <message>
        <source>cell %1 refers to text number %2, which the workbook does not have</source>
        <translation>セル %1 が、ブックにない%2番目の文字列を参照しています</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is too large to import (more than %L2 cells). Split it into smaller sheets.</source>
        <translation>シート「%1」は大きすぎるため取り込めません（%L2セルを超えています）。複数の小さなシートに分けてください。</translation>
    </message>
    <message>
        <source>row number &quot;%1&quot; is not valid</source>
        <translation>行番号「%1」が不正です</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is not valid</source>
        <translation>セル参照「%1」が不正です</translation>
    </message>
    <message>
        <source>row %1 has more than %2 columns</source>
        <translation>%1行目の列数が%2を超えています</translation>
    </message>
    <message>
        <source>cell %1 holds more than %L2 characters</source>
        <translation>セル %1 の文字数が%L2文字を超えています</translation>
    </message>
</context>
<context>
    <name>assetreg::XlsxWorkbook</name>
    <message>
        <source>No temporary folder for the workbook: %1</source>
        <translation>ブックを作成するための一時フォルダを用意できませんでした: %1</translation>
    </message>
    <message>
        <source>The workbook could not be created.</source>
        <translation>ブックを作成できませんでした。</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>ブックを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルに書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>assetreg::cli::Cli</name>
    <message>
        <source>Run &quot;assetreg-cli --help&quot; for the list of commands.</source>
        <translation>コマンドの一覧は「assetreg-cli --help」で確認できます。</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db には台帳ファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>--pg needs a connection string.</source>
        <translation>--pg には接続文字列を指定してください。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>「%1」は不明なオプションです。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>「%1」は不明なコマンドです。</translation>
    </message>
    <message>
        <source>Create it with &quot;assetreg-cli --db %1 init&quot;.</source>
        <translation>「assetreg-cli --db %1 init」で作成してください。</translation>
    </message>
    <message>
        <source>Fill the new register with the demo data.</source>
        <translation>新しい台帳にデモデータを登録します。</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init には引数を指定できません。</translation>
    </message>
    <message>
        <source>The register already holds %1 assets; the demo data goes only into an empty register.</source>
        <translation>台帳には既に%1件の資産が登録されています。デモデータは空の台帳にだけ登録できます。</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>デモデータを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Register ready: %1 (schema version %2, %3 assets)</source>
        <translation>台帳の準備ができました: %1（スキーマバージョン%2、%3件）</translation>
    </message>
    <message>
        <source>Read one JSON object from standard input.</source>
        <translation>標準入力から JSON オブジェクトを1件読み込みます。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>不要な引数「%1」が指定されています。</translation>
    </message>
    <message>
        <source>Give the fields as options (--name …) or a JSON object with --json.</source>
        <translation>項目をオプション（--name …）で指定するか、--json を付けて JSON オブジェクトで指定してください。</translation>
    </message>
    <message>
        <source>Standard input, line %1, column %2: %3</source>
        <translation>標準入力の%1行目、%2列目: %3</translation>
    </message>
    <message>
        <source>Standard input must hold one JSON object.</source>
        <translation>標準入力には JSON オブジェクトを1件だけ指定してください。</translation>
    </message>
    <message>
        <source>The asset was not added:</source>
        <translation>資産を登録できませんでした:</translation>
    </message>
    <message>
        <source>The asset was not added: it lives on %1, which is not in the register.</source>
        <translation>資産を登録できませんでした: 稼働基盤（依存先）の%1が台帳にありません。</translation>
    </message>
    <message>
        <source>Added %1 %2 (%3)</source>
        <translation>登録しました: %1 %2（%3）</translation>
    </message>
    <message>
        <source>Only assets whose text contains TEXT.</source>
        <translation>TEXT を含む資産だけを表示します。</translation>
    </message>
    <message>
        <source>Only this department.</source>
        <translation>指定した所管課の資産だけを表示します。</translation>
    </message>
    <message>
        <source>Only this status (in_use, retired, disposed).</source>
        <translation>指定した状態（in_use、retired、disposed）の資産だけを表示します。</translation>
    </message>
    <message>
        <source>table, json or csv.</source>
        <translation>出力形式（table、json、csv のいずれか）。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation>「%1」は不明な形式です。table、json、csv のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown department &quot;%1&quot;.</source>
        <translation>所管課「%1」は登録されていません。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>「%1」は不明な状態です。</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>格付</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n件の資産</numerusform>
        </translation>
    </message>
    <message>
        <source>Also show every recorded change.</source>
        <translation>記録されているすべての変更履歴も表示します。</translation>
    </message>
    <message>
        <source>show needs exactly one asset number.</source>
        <translation>show には管理番号を1つだけ指定してください。</translation>
    </message>
    <message>
        <source>No asset %1 in the register.</source>
        <translation>管理番号%1の資産は台帳にありません。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Why the asset is retired.</source>
        <translation>利用終了の理由。</translation>
    </message>
    <message>
        <source>Date of retirement (default today).</source>
        <translation>利用終了日（既定は今日）。</translation>
    </message>
    <message>
        <source>retire needs exactly one asset number.</source>
        <translation>retire には管理番号を1つだけ指定してください。</translation>
    </message>
    <message>
        <source>retire needs --reason.</source>
        <translation>retire には --reason を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2026-03-31).</source>
        <translation>「%1」は日付ではありません（2026-03-31 の形式で指定してください）。</translation>
    </message>
    <message>
        <source>Retired %1 %2</source>
        <translation>利用終了にしました: %1 %2</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify には引数を指定できません。</translation>
    </message>
    <message>
        <source>the integrity check could not run</source>
        <translation>整合性チェックを実行できませんでした</translation>
    </message>
    <message>
        <source>Database: intact (integrity and foreign keys checked).</source>
        <translation>データベース: 正常（整合性と外部キーを確認しました）。</translation>
    </message>
    <message>
        <source>Database: damaged: %1</source>
        <translation>データベース: 破損しています: %1</translation>
    </message>
    <message>
        <source>Database: PostgreSQL server (the server guards storage integrity).</source>
        <translation>データベース: PostgreSQL サーバ（格納データの整合性はサーバが保証します）。</translation>
    </message>
    <message>
        <source>Chain head: %1</source>
        <translation>チェーン末尾のハッシュ: %1</translation>
    </message>
    <message>
        <source>backup needs exactly one target file.</source>
        <translation>backup には出力先のファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the register itself.</source>
        <translation>バックアップの出力先に台帳ファイル自体は指定できません。</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>バックアップを作成しました: %1</translation>
    </message>
    <message>
        <source>restore needs exactly one backup file.</source>
        <translation>restore にはバックアップファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>The register as it was before is kept in %1</source>
        <translation>復元前の台帳は次の場所に保存しました: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>%1を復元しました（復元元: %2）</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>プログラムで処理しやすい形式（JSON）で出力します。</translation>
    </message>
    <message>
        <source>Assets: %1 (in use %2, review overdue %3)</source>
        <translation>資産: %1件（使用中 %2件、審査期限超過 %3件）</translation>
    </message>
    <message>
        <source>Dependencies: %1, audit entries: %2</source>
        <translation>依存関係: %1件、監査記録: %2件</translation>
    </message>
    <message>
        <source>The register was updated from schema version %1 to %2; a copy of it as it was before is kept in %3</source>
        <translation>台帳をスキーマバージョン%1から%2に更新しました。更新前の台帳のコピーを次の場所に保存しています: %3</translation>
    </message>
    <message>
        <source>a row in table %1 refers to a missing row</source>
        <translation>テーブル%1の行が、存在しない行を参照しています</translation>
    </message>
    <message>
        <source>The audit log is NOT intact: %1</source>
        <translation>監査ログが正常ではありません: %1</translation>
    </message>
    <message>
        <source>native, ipa or a mapping file.</source>
        <translation>列の対応付け（native、ipa、または対応付けファイルのパス）。</translation>
    </message>
    <message>
        <source>auto, utf-8, cp932 or utf-16.</source>
        <translation>文字コード（auto、utf-8、cp932、utf-16 のいずれか）。</translation>
    </message>
    <message>
        <source>add, update or skip: what to do with numbers that are already in the register.</source>
        <translation>台帳に既にある管理番号の行の扱い（add、update、skip のいずれか）。</translation>
    </message>
    <message>
        <source>The sheet of an Excel file (number from 1, or name).</source>
        <translation>Excel ファイルのシート（1から始まる番号、またはシート名）。</translation>
    </message>
    <message>
        <source>Create departments the register does not have.</source>
        <translation>台帳に登録されていない所管課を作成します。</translation>
    </message>
    <message>
        <source>Check only; change nothing.</source>
        <translation>確認のみ行い、台帳は変更しません。</translation>
    </message>
    <message>
        <source>import needs exactly one file.</source>
        <translation>import には取り込むファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>「%1」は不明な文字コードです。</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use add, update or skip.</source>
        <translation>「%1」は不明なモードです。add、update、skip のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>列の対応付けファイル「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot; (it has: %3).</source>
        <translation>「%1」にシート「%2」はありません（あるシート: %3）。</translation>
    </message>
    <message>
        <source>Reading %1 as %2 text.</source>
        <translation>「%1」を %2 のテキストとして読み込みます。</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf (default: from the file name).</source>
        <translation>出力形式（csv、xlsx、pdf のいずれか。既定ではファイル名の拡張子から判断）。</translation>
    </message>
    <message>
        <source>CSV: utf-8 (with BOM, default) or cp932.</source>
        <translation>CSV の文字コード: utf-8（BOM 付き、既定）または cp932。</translation>
    </message>
    <message>
        <source>XLSX: one sheet per department.</source>
        <translation>XLSX: 所管課ごとにシートを分けます。</translation>
    </message>
    <message>
        <source>PDF: a4 (default) or a3.</source>
        <translation>PDF の用紙サイズ: a4（既定）または a3。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, xlsx or pdf.</source>
        <translation>「%1」は不明な形式です。csv、xlsx、pdf のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8 or cp932.</source>
        <translation>「%1」は不明な文字コードです。utf-8 または cp932 を指定してください。</translation>
    </message>
    <message>
        <source>Unknown paper &quot;%1&quot;: use a4 or a3.</source>
        <translation>「%1」は不明な用紙サイズです。a4 または a3 を指定してください。</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全所管課</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>「%1」を書き出せませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1</source>
        <translation>
            <numerusform>%n件の資産を「%1」に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the register&apos;s administrator. Register the other users with &quot;assetreg-cli user add&quot;.</source>
        <translation>「%1」をこの台帳の管理者として登録しました。他の利用者は「assetreg-cli user add」で登録してください。</translation>
    </message>
    <message>
        <source>Audit log #%1 sha256:%2</source>
        <translation>監査ログ #%1 sha256:%2</translation>
    </message>
    <message>
        <source>A comment for the department (required to return).</source>
        <translation>所管課へのコメント（差し戻す場合は必須）。</translation>
    </message>
    <message>
        <source>review needs a decision and at least one asset number.</source>
        <translation>review には決定の種類と、1つ以上の管理番号を指定してください。</translation>
    </message>
    <message>
        <source>Unknown review decision &quot;%1&quot;: use submit, section-approve, approve or return.</source>
        <translation>「%1」は不明な審査の決定です。submit、section-approve、approve、return のいずれかを指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Recorded for %n asset(s).</source>
        <translation>
            <numerusform>%n件の資産について記録しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>history needs exactly one asset number.</source>
        <translation>history には管理番号を1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Changed since the approved version %1:</source>
        <translation>承認された第%1版からの変更:</translation>
    </message>
    <message>
        <source>staff, section_head, officer, reader or admin.</source>
        <translation>役割（staff、section_head、officer、reader、admin のいずれか）。</translation>
    </message>
    <message>
        <source>The user&apos;s department.</source>
        <translation>利用者の所属する所管課。</translation>
    </message>
    <message>
        <source>The person (name or login) this user is.</source>
        <translation>この利用者に当たる職員（氏名またはログイン名）。</translation>
    </message>
    <message>
        <source>user needs add, list or set-role.</source>
        <translation>user には add、list、set-role のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>職員</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation>（無効）</translation>
    </message>
    <message>
        <source>No users yet: everyone may change the register until the first user is added.</source>
        <translation>利用者はまだ登録されていません。最初の利用者が登録されるまでは、誰でも台帳を変更できます。</translation>
    </message>
    <message>
        <source>user add needs one login.</source>
        <translation>user add にはログイン名を1つ指定してください。</translation>
    </message>
    <message>
        <source>user add needs --role: staff, section_head, officer, reader or admin.</source>
        <translation>user add には --role（staff、section_head、officer、reader、admin のいずれか）を指定してください。</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is registered.</source>
        <translation>「%1」という職員は登録されていません。</translation>
    </message>
    <message>
        <source>Staff and section heads need --department.</source>
        <translation>入力担当と所属長には --department を指定してください。</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>「%1」を%2として登録しました。</translation>
    </message>
    <message>
        <source>user set-role needs a login and a role.</source>
        <translation>user set-role にはログイン名と役割を指定してください。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>「%1」は不明な役割です。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>「%1」の役割を%2に変更しました。</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;: use add, list or set-role.</source>
        <translation>「%1」は不明な user のコマンドです。add、list、set-role のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>出力形式（text または json）。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>「%1」は不明な形式です。text または json を指定してください。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 assets checked: %2 errors, %3 warnings.</source>
        <translation>%1件の資産をチェックしました: エラー %2件、警告 %3件。</translation>
    </message>
    <message>
        <source>Usage: assetreg-cli [--db PATH | --pg CONNINFO] COMMAND [OPTIONS]

Information Asset Register (情報資産管理台帳) without a window.

Register:
  --db PATH       an SQLite register file (default: %1)
  --pg CONNINFO   a register on a PostgreSQL server, e.g.
                  &quot;host=db.example port=5432 dbname=assets user=tanaka&quot;

Commands:
  init [--demo]                 create the register (with the demo data)
  add [--FIELD VALUE]... [--json]
                                add an asset from options, or from one JSON
                                object on standard input (--json)
  list [--query TEXT] [--department CODE] [--status STATUS]
       [--format table|json|csv]
                                list the register, or the assets matching
  show NUMBER [--history]       one asset, with its change history
  retire NUMBER --reason TEXT [--date YYYY-MM-DD]
                                take an asset out of use (the record stays)
  verify                        check the database and the audit chain
  backup FILE                   consistent copy of the register, while in use
  restore FILE                  replace the register with a backup
  stats [--json]                counts by category, segment, level, ...
  import FILE [--mapping native|ipa|MAPPING.json] [--encoding auto|utf-8|cp932|
       utf-16] [--mode add|update|skip] [--sheet N] [--create-departments]
       [--dry-run]
                                import a CSV or Excel register (one transaction)
  export FILE [--format csv|xlsx|pdf] [--query TEXT] [--department CODE]
       [--encoding utf-8|cp932] [--sheet-per-department] [--paper a4|a3]
                                export the register (PDF: the printed register)
  report risk FILE [--format pdf|xlsx]
                                the risk summary for the information security
                                committee
  report register FILE [--format pdf|xlsx] [--query TEXT] [--department CODE]
       [--sheet-per-department] [--paper a4|a3]
                                the register as a printed document or a workbook
  review submit|section-approve|approve|return NUMBER... [--comment TEXT]
                                review decisions (all or none)
  history NUMBER                every change and review decision of an asset
  user add LOGIN --role ROLE [--department CODE] [--person NAME]
  user list
  user set-role LOGIN ROLE [--department CODE]
                                roles: staff, section_head, officer, reader, admin
  check [--format text|json]    consistency rules over the register (exit 1 on
                                any error-level finding)

  --version, --help

Fields for add (JSON keys are the same with underscores):
  %2

Exit codes: 0 success, 1 error, 2 usage error.
</source>
        <translation>使い方: assetreg-cli [--db PATH | --pg CONNINFO] COMMAND [OPTIONS]

情報資産管理台帳をウィンドウなしで操作します。

台帳の指定:
  --db PATH       SQLite の台帳ファイル（既定: %1）
  --pg CONNINFO   PostgreSQL サーバ上の台帳。例:
                  &quot;host=db.example port=5432 dbname=assets user=tanaka&quot;

コマンド:
  init [--demo]                 台帳を作成する（--demo でデモデータも登録）
  add [--FIELD VALUE]... [--json]
                                オプションで指定した項目、または標準入力の
                                JSON オブジェクト（--json）から資産を登録する
  list [--query TEXT] [--department CODE] [--status STATUS]
       [--format table|json|csv]
                                台帳の資産を一覧表示する（条件に合う資産だけも可）
  show NUMBER [--history]       資産1件を変更履歴とともに表示する
  retire NUMBER --reason TEXT [--date YYYY-MM-DD]
                                資産を利用終了にする（記録は残る）
  verify                        データベースと監査ログのチェーンを検証する
  backup FILE                   使用中の台帳の整合性のとれたコピーを作成する
  restore FILE                  台帳をバックアップの内容で置き換える
  stats [--json]                分類・ネットワーク区分・格付別などの件数
  import FILE [--mapping native|ipa|MAPPING.json] [--encoding auto|utf-8|cp932|
       utf-16] [--mode add|update|skip] [--sheet N] [--create-departments]
       [--dry-run]
                                CSV または Excel の台帳を取り込む
                                （全体を1つのトランザクションで処理）
  export FILE [--format csv|xlsx|pdf] [--query TEXT] [--department CODE]
       [--encoding utf-8|cp932] [--sheet-per-department] [--paper a4|a3]
                                台帳を書き出す（pdf では印刷用の PDF を作成）
  report risk FILE [--format pdf|xlsx]
                                情報セキュリティ委員会に提出する
                                リスク分析結果報告書を作成する
  report register FILE [--format pdf|xlsx] [--query TEXT] [--department CODE]
       [--sheet-per-department] [--paper a4|a3]
                                台帳を印刷用の文書（pdf）またはブック（xlsx）で作成する
  review submit|section-approve|approve|return NUMBER... [--comment TEXT]
                                審査の申請・決定（すべての資産に適用するか、
                                1件も適用しないかのどちらか）
  history NUMBER                資産のすべての変更と審査の決定を表示する
  user add LOGIN --role ROLE [--department CODE] [--person NAME]
  user list
  user set-role LOGIN ROLE [--department CODE]
                                利用者の登録・一覧表示・役割の変更
                                役割: staff（入力担当）、section_head（所属長）、
                                officer（情報セキュリティ担当）、reader（閲覧）、
                                admin（管理者）
  check [--format text|json]    台帳に整合性チェックのルールを適用する
                                （エラーの指摘が1件でもあれば終了コード 1）

  --version, --help

add で指定できる項目（JSON のキーは同じ名前で、- の代わりに _ を使用）:
  %2

終了コード: 0 成功、1 エラー、2 使い方の誤り
</translation>
    </message>
    <message>
        <source>%1 needs exactly one file.</source>
        <translation>%1 には出力先のファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf or xlsx.</source>
        <translation>「%1」は不明な形式です。pdf または xlsx を指定してください。</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;: use risk or register.</source>
        <translation>「%1」は不明な報告書です。risk または register を指定してください。</translation>
    </message>
    <message>
        <source>pdf or xlsx (default: from the file name).</source>
        <translation>出力形式（pdf または xlsx。既定ではファイル名の拡張子から判断）。</translation>
    </message>
    <message>
        <source>Risk summary written to %1: %2 risks of %3 assessed assets.</source>
        <translation>リスク分析結果報告書を「%1」に書き出しました（リスク分析済みの情報資産 %3件、リスク %2件）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Information Asset Register</source>
        <translation>情報資産管理台帳</translation>
    </message>
    <message>
        <source>SQLite register file.</source>
        <translation>SQLite の台帳ファイル。</translation>
    </message>
    <message>
        <source>PostgreSQL connection string.</source>
        <translation>PostgreSQL の接続文字列。</translation>
    </message>
    <message>
        <source>The demo register could not be created: %1</source>
        <translation>デモ用の台帳を作成できませんでした: %1</translation>
    </message>
</context>
</TS>
