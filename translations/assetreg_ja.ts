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
</context>
<context>
    <name>RegisterStatistics</name>
    <message>
        <source>Counting the register</source>
        <translation>台帳の件数集計</translation>
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
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Asset number, name, description, location…</source>
        <translation>管理番号、名称、説明、保管場所…</translation>
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
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Information Asset Register</source>
        <translation>情報資産管理台帳について(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n件の資産</numerusform>
        </translation>
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
        <source>&lt;h3&gt;Information Asset Register %1&lt;/h3&gt;&lt;p&gt;The register of information assets required by the information security policy (Articles 5 and 7).&lt;/p&gt;&lt;p&gt;Register: %2&lt;br&gt;Schema version: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;情報資産管理台帳 %1&lt;/h3&gt;&lt;p&gt;情報セキュリティポリシー（第5条及び第7条）に基づき情報資産を管理する台帳です。&lt;/p&gt;&lt;p&gt;台帳: %2&lt;br&gt;スキーマバージョン: %3&lt;/p&gt;</translation>
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

  --version, --help

add で指定できる項目（JSON のキーは同じ名前で、- の代わりに _ を使用）:
  %2

終了コード: 0 成功、1 エラー、2 使い方の誤り
</translation>
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
