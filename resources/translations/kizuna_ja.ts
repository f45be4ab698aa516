<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ChangeListPages</name>
    <message>
        <source>No nodes or relations changed.</source>
        <translation>ノードと関係に変更はありません。</translation>
    </message>
    <message>
        <source>node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>(no details: the change log kept only counts for a bulk change)</source>
        <translation>（詳細なし: 一括変更のため、変更履歴には件数のみ記録されています）</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>その他の変更</translation>
    </message>
</context>
<context>
    <name>ChangeMarks</name>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>ElementTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中国語</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効開始</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有効終了</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>From</source>
        <translation>始点</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終点</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確信度</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Degree</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>媒介中心性</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>コミュニティ</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>連結成分</translation>
    </message>
</context>
<context>
    <name>NodeStyling</name>
    <message>
        <source>other values</source>
        <translation>その他の値</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>インポートできません</translation>
    </message>
    <message>
        <source>Edges Table (optional; Cancel for none)</source>
        <translation>関係の表（任意。不要ならキャンセル）</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 をインポート</translation>
    </message>
    <message>
        <source>Writing to the map…</source>
        <translation>マップに書き込み中…</translation>
    </message>
    <message>
        <source>%1: not imported, the map is unchanged: %2</source>
        <translation>%1: インポートされませんでした。マップは変更されていません: %2</translation>
    </message>
    <message>
        <source>Exported, with visible markers</source>
        <translation>エクスポートしました（マーカー付き）</translation>
    </message>
    <message numerus="yes">
        <source>Some text could not be written as it is in this format; it was written with visible markers instead (%n element(s)).</source>
        <translation>
            <numerusform>この形式ではそのまま書き出せないテキストがあったため、代わりに目に見えるマーカー付きで書き出しました（%n 個の要素）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>データをエクスポート</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>図をエクスポート</translation>
    </message>
    <message>
        <source>%1 of %2 names do not fit on %3 at %4 pt or larger.</source>
        <translation>%2 個の名前のうち %1 個が、%4 pt 以上の大きさでは %3 に収まりません。</translation>
    </message>
    <message>
        <source>Choose a larger page, one page sized to the map, several tiled pages with an overview, or only what the canvas shows now. Exporting as it is leaves those names out.</source>
        <translation>より大きな用紙、マップに合わせた 1 ページ、全体図付きの分割ページ、または現在キャンバスに表示中の範囲のみのいずれかを選んでください。このままエクスポートすると、それらの名前は省略されます。</translation>
    </message>
    <message>
        <source>%1 of %2 names do not fit at %3 pt or larger on the largest page PDF readers are sure to open (5.08 m a side).</source>
        <translation>%2 個の名前のうち %1 個が、PDF リーダーで確実に開ける最大の用紙 (一辺 5.08 m) にも %3 pt 以上の大きさでは収まりません。</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 をエクスポートしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Choose several tiled pages of A4 with an overview, or only what the canvas shows now. Exporting as it is leaves those names out.</source>
        <translation>全体図付きの A4 分割ページ、または現在キャンバスに表示中の範囲のみを選んでください。このままエクスポートすると、それらの名前は省略されます。</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <source>Page Sized to Map</source>
        <translation>マップに合わせたページ</translation>
    </message>
    <message>
        <source>Tiled Pages</source>
        <translation>分割ページ</translation>
    </message>
    <message>
        <source>Current View Only</source>
        <translation>表示中の範囲のみ</translation>
    </message>
    <message>
        <source>Export As It Is</source>
        <translation>このままエクスポート</translation>
    </message>
    <message>
        <source>%1: use .pdf, .svg or .png</source>
        <translation>%1: .pdf、.svg、.png のいずれかを使用してください</translation>
    </message>
    <message>
        <source>Cannot open the bundled map</source>
        <translation>同梱のマップを開けません</translation>
    </message>
    <message>
        <source>Graph files (*.csv *.graphml *.xml *.gexf *.dot *.gv *.cyjs *.json);;CSV (*.csv);;GraphML (*.graphml *.xml);;GEXF (*.gexf);;Graphviz DOT (*.dot *.gv);;Cytoscape JSON (*.cyjs *.json);;Kizuna JSON (*.json);;All files (*)</source>
        <translation>グラフファイル (*.csv *.graphml *.xml *.gexf *.dot *.gv *.cyjs *.json);;CSV (*.csv);;GraphML (*.graphml *.xml);;GEXF (*.gexf);;Graphviz DOT (*.dot *.gv);;Cytoscape JSON (*.cyjs *.json);;Kizuna JSON (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>StyleChoices</name>
    <message>
        <source>(same size)</source>
        <translation>（同じサイズ）</translation>
    </message>
    <message>
        <source>(node type)</source>
        <translation>（ノードの種類）</translation>
    </message>
    <message>
        <source>Property: %1</source>
        <translation>プロパティ: %1</translation>
    </message>
</context>
<context>
    <name>kizuna::ChangesList</name>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Who, when</source>
        <translation>変更者・日時</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>(no details: the change log kept only counts for a bulk change)</source>
        <translation>（詳細なし: 一括変更のため、変更履歴には件数のみ記録されています）</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>その他: %1</translation>
    </message>
</context>
<context>
    <name>kizuna::CitationDialog</name>
    <message>
        <source>An existing source</source>
        <translation>既存の出典</translation>
    </message>
    <message>
        <source>Cite a Source</source>
        <translation>出典を指定</translation>
    </message>
    <message>
        <source>A new source</source>
        <translation>新しい出典</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行元</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM または YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>抜粋</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>該当箇所</translation>
    </message>
    <message>
        <source>Section, page or paragraph</source>
        <translation>節、ページ、段落など</translation>
    </message>
    <message>
        <source>Cite source</source>
        <translation>出典を指定</translation>
    </message>
</context>
<context>
    <name>kizuna::CitationsEditor</name>
    <message>
        <source>No source cited for this fact.</source>
        <translation>この事実には出典が指定されていません。</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation>出典を指定…</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>新しい出典…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cite a source that is already in the map</source>
        <translation>マップにある既存の出典を指定</translation>
    </message>
    <message>
        <source>(missing source)</source>
        <translation>（出典が見つかりません）</translation>
    </message>
    <message>
        <source>Cannot add the citation</source>
        <translation>出典を追加できません</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>引用している出典</translation>
    </message>
</context>
<context>
    <name>kizuna::DataPanel</name>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Relations table</source>
        <translation>関係の表</translation>
    </message>
    <message>
        <source>Nodes table</source>
        <translation>ノードの表</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>行を絞り込む…</translation>
    </message>
    <message>
        <source>Filter relations</source>
        <translation>関係を絞り込む</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>ノードを絞り込む</translation>
    </message>
    <message>
        <source>Relation filter</source>
        <translation>関係の種類で絞り込む</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>種類で絞り込む</translation>
    </message>
    <message>
        <source>Property filter</source>
        <translation>プロパティで絞り込む</translation>
    </message>
    <message>
        <source>Show only rows that have this property; the filter text then searches its value</source>
        <translation>このプロパティを持つ行だけを表示します（絞り込み文字列はその値を検索します）</translation>
    </message>
    <message>
        <source>Set for Selected…</source>
        <translation>選択行に設定…</translation>
    </message>
    <message>
        <source>Set a type, dates or a property on every selected row at once</source>
        <translation>選択したすべての行に種類・日付・プロパティを一度に設定します</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text (Ctrl+C)</source>
        <translation>選択した行をタブ区切りテキストとしてコピーします（Ctrl+C）</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <translation>行をコピー</translation>
    </message>
    <message>
        <source>Set for Selected Rows…</source>
        <translation>選択行に設定…</translation>
    </message>
    <message>
        <source>All relations</source>
        <translation>すべての関係</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Any property</source>
        <translation>すべてのプロパティ</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows</source>
        <translation>
            <numerusform>%n 行中 %1 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Select rows to copy first.</source>
        <translation>先にコピーする行を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows.</source>
        <translation>
            <numerusform>%n 行をコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>マップが開かれていません。</translation>
    </message>
    <message>
        <source>Select the rows to change first.</source>
        <translation>先に変更する行を選択してください。</translation>
    </message>
</context>
<context>
    <name>kizuna::ElementTableModel</name>
    <message>
        <source>Property “%1”</source>
        <translation>プロパティ「%1」</translation>
    </message>
</context>
<context>
    <name>kizuna::ExportDiagramDialog</name>
    <message>
        <source>Legend of the types shown</source>
        <translation>表示中の種類の凡例</translation>
    </message>
    <message>
        <source>Numbered sources (relations carry the numbers)</source>
        <translation>出典に番号を付ける（関係に番号を表示）</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>背景を透明にする</translation>
    </message>
    <message>
        <source>Only the selected elements</source>
        <translation>選択した要素のみ</translation>
    </message>
    <message>
        <source>PDF: tiled pages with an overview when the map does not fit</source>
        <translation>PDF: マップが収まらない場合は全体図付きの分割ページにする</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>図をエクスポート</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>サブタイトル</translation>
    </message>
    <message>
        <source>today (%1)</source>
        <translation>今日（%1）</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>Colours of the map</source>
        <translation>マップの配色</translation>
    </message>
    <message>
        <source>Colour-blind-safe palette</source>
        <translation>色覚に配慮した配色</translation>
    </message>
    <message>
        <source>Monochrome (print)</source>
        <translation>モノクロ（印刷用）</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <source>Sized to the map (every label readable)</source>
        <translation>マップに合わせる（すべてのラベルを判読可能に）</translation>
    </message>
    <message>
        <source>As the map is wide or tall</source>
        <translation>マップの縦横に合わせる</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向き</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦向き</translation>
    </message>
    <message>
        <source>PDF page</source>
        <translation>PDF のページ</translation>
    </message>
    <message>
        <source>PDF orientation</source>
        <translation>PDF の向き</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Node labels are never smaller than this on the page (relation labels 1 pt less); labels that do not fit are left out.</source>
        <translation>ページ上のノードのラベルはこの大きさより小さくなりません（関係のラベルは 1 pt 小さくなります）。収まらないラベルは省略されます。</translation>
    </message>
    <message>
        <source>Smallest label</source>
        <translation>最小ラベルサイズ</translation>
    </message>
    <message>
        <source> dpi (96 = as on screen)</source>
        <translation> dpi（96 = 画面と同じ）</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Mark the changes shown in History, with a legend entry and (PDF) a page listing them</source>
        <translation>履歴に表示中の変更をマークし、凡例の項目と（PDF では）変更一覧のページを追加する</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
</context>
<context>
    <name>kizuna::FilterPanel</name>
    <message>
        <source>Hide nodes with no shown relation</source>
        <translation>表示中の関係がないノードを隠す</translation>
    </message>
    <message>
        <source>&lt;b&gt;Node types&lt;/b&gt; (untick to hide)</source>
        <translation>&lt;b&gt;ノードの種類&lt;/b&gt;（チェックを外すと非表示）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relations&lt;/b&gt;</source>
        <translation>&lt;b&gt;関係&lt;/b&gt;</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>任意の値</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>プロパティ:</translation>
    </message>
    <message>
        <source>contains:</source>
        <translation>次を含む:</translation>
    </message>
    <message>
        <source>Show Everything</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Colour nodes by</source>
        <translation>ノードの色分け</translation>
    </message>
    <message>
        <source>Size nodes by</source>
        <translation>ノードの大きさ</translation>
    </message>
    <message>
        <source>Colour nodes by a property&apos;s values (or a metric)</source>
        <translation>プロパティの値（または指標）でノードを色分けします</translation>
    </message>
    <message>
        <source>Size nodes by a numeric property (or a metric)</source>
        <translation>数値のプロパティ（または指標）でノードの大きさを変えます</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>色分け:</translation>
    </message>
    <message>
        <source>Size by:</source>
        <translation>大きさ:</translation>
    </message>
    <message>
        <source>Colour key</source>
        <translation>色の凡例</translation>
    </message>
    <message>
        <source>&lt;b&gt;Colours&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;色&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Node types shown</source>
        <translation>表示するノードの種類</translation>
    </message>
    <message>
        <source>Relation types shown</source>
        <translation>表示する関係の種類</translation>
    </message>
    <message>
        <source>Filter by property</source>
        <translation>プロパティで絞り込む</translation>
    </message>
    <message>
        <source>Property value contains</source>
        <translation>プロパティの値に含む文字列</translation>
    </message>
</context>
<context>
    <name>kizuna::GraphCanvas</name>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n 件の関係</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 → %2 (%3)</source>
        <translation>%1 → %2 を接続（%3）</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n node(s)</source>
        <translation>
            <numerusform>削除: ノード %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n relation(s)</source>
        <translation>
            <numerusform>、関係 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Label (%1)</source>
        <translation>ラベル（%1）</translation>
    </message>
    <message>
        <source>Rename node</source>
        <translation>ノード名を変更</translation>
    </message>
    <message>
        <source>No map is open. Use File &gt; Open or File &gt; New.</source>
        <translation>マップが開かれていません。「ファイル &gt; 開く」または「ファイル &gt; 新規マップ」を使用してください。</translation>
    </message>
    <message>
        <source>No relation type allows a %1 → %2 relation. Add one in Edit &gt; Schema.</source>
        <translation>%1 → %2 の関係を許可する関係の種類がありません。「編集 &gt; スキーマ」で追加してください。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>マップが開かれていません。</translation>
    </message>
    <message>
        <source>There is no such annotation.</source>
        <translation>その注釈は存在しません。</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>注釈を編集</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>テキスト:</translation>
    </message>
    <message>
        <source>Showing %1% of the %2 relations in view — zoom in to see them all</source>
        <translation>表示範囲内の関係 %2 件のうち %1% を表示中 — すべて表示するには拡大してください</translation>
    </message>
    <message>
        <source>The map is open read-only.</source>
        <translation>マップは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>Move in view “%1”</source>
        <translation>ビュー「%1」内で移動</translation>
    </message>
    <message>
        <source>%1 in view “%2”</source>
        <translation>ビュー「%2」内で%1</translation>
    </message>
    <message>
        <source>No relation leads that way from the selected node.</source>
        <translation>選択したノードからその方向へ向かう関係はありません。</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>The map&apos;s nodes and relations. The Data Table (View menu) lists them as text; arrow keys move between related nodes.</source>
        <translation>マップのノードと関係。データ表（表示メニュー）で文字として一覧でき、矢印キーで関係のあるノードへ移動できます。</translation>
    </message>
    <message>
        <source>This map is empty. Double-click to add a node, or drop a file to import.</source>
        <translation>このマップは空です。ダブルクリックでノードを追加するか、ファイルをドロップして取り込みます。</translation>
    </message>
</context>
<context>
    <name>kizuna::HelpActions</name>
    <message>
        <source>Canvas</source>
        <translation>キャンバス</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>ポインター位置を中心にズーム</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>マウスホイール</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>パン（表示位置の移動）</translation>
    </message>
    <message>
        <source>Select a node or relation</source>
        <translation>ノードまたは関係を選択</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>クリック</translation>
    </message>
    <message>
        <source>Add to or remove from the selection</source>
        <translation>選択に追加／選択から外す</translation>
    </message>
    <message>
        <source>Ctrl+Click</source>
        <translation>Ctrl+クリック</translation>
    </message>
    <message>
        <source>Select the nodes in a rectangle</source>
        <translation>矩形内のノードを選択</translation>
    </message>
    <message>
        <source>Ctrl+drag on empty space</source>
        <translation>何もない所を Ctrl+ドラッグ</translation>
    </message>
    <message>
        <source>Move the selected nodes</source>
        <translation>選択したノードを移動</translation>
    </message>
    <message>
        <source>Drag a selected node</source>
        <translation>選択したノードをドラッグ</translation>
    </message>
    <message>
        <source>Connect two nodes</source>
        <translation>2 つのノードを関係で結ぶ</translation>
    </message>
    <message>
        <source>Shift+drag from node to node</source>
        <translation>ノードからノードへ Shift+ドラッグ</translation>
    </message>
    <message>
        <source>New node here</source>
        <translation>ここに新しいノード</translation>
    </message>
    <message>
        <source>Double-click on empty space</source>
        <translation>何もない所をダブルクリック</translation>
    </message>
    <message>
        <source>Rename a node</source>
        <translation>ノードの名前を変更</translation>
    </message>
    <message>
        <source>Double-click it, or F2</source>
        <translation>ダブルクリック、または F2</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>選択した要素を削除</translation>
    </message>
    <message>
        <source>Delete, Backspace</source>
        <translation>Delete、Backspace</translation>
    </message>
    <message>
        <source>Clear the selection, cancel a rename</source>
        <translation>選択を解除、名前の変更を取り消す</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started with Kizuna&lt;/h2&gt;&lt;p&gt;A map is one file: every edit is saved to it as you make it, and other windows, &lt;tt&gt;kizuna-cli&lt;/tt&gt; or scripts may change it too; the window follows their changes.&lt;/p&gt;&lt;h3&gt;Look around&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Wheel to zoom, drag on empty space to pan, &lt;b&gt;Ctrl+0&lt;/b&gt; to fit the map to the window.&lt;/li&gt;&lt;li&gt;Click a node or relation: the &lt;b&gt;Inspector&lt;/b&gt; shows its names, dates, properties, citations and relations.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; finds nodes by any name; the &lt;b&gt;Legend and Filter&lt;/b&gt; panel hides types and relations; the &lt;b&gt;Timeline&lt;/b&gt; shows the map as of a date.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Edit&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Double-click on empty space for a new node; Shift+drag from one node to another to relate them; F2 renames; Delete removes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; undoes your own edits, even after another program changed the map; &lt;b&gt;History&lt;/b&gt; lists every program&apos;s changes and can take the map back to a checkpoint.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Share&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;File &amp;gt; Export Diagram&lt;/b&gt; (Ctrl+E) writes PDF, SVG or PNG pages for a report; &lt;b&gt;File &amp;gt; Export Data&lt;/b&gt; writes GraphML, GEXF, CSV, DOT or JSON.&lt;/li&gt;&lt;li&gt;&lt;b&gt;File &amp;gt; Import&lt;/b&gt; (Ctrl+I) reads those formats into the open map, all or nothing.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Every command and its keys: &lt;b&gt;Help &amp;gt; Keyboard Shortcuts&lt;/b&gt;. Panels closed by mistake come back from &lt;b&gt;View &amp;gt; Panels&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kizuna をはじめる&lt;/h2&gt;&lt;p&gt;マップは 1 つのファイルです。編集はその都度ファイルに保存されます。ほかのウィンドウや &lt;tt&gt;kizuna-cli&lt;/tt&gt;、スクリプトが同じマップを変更することもあり、ウィンドウはその変更に追従します。&lt;/p&gt;&lt;h3&gt;見て回る&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;ホイールでズーム、何もない所をドラッグしてパン、&lt;b&gt;Ctrl+0&lt;/b&gt; でマップ全体をウィンドウに合わせます。&lt;/li&gt;&lt;li&gt;ノードや関係をクリックすると、&lt;b&gt;インスペクター&lt;/b&gt;に名前・日付・プロパティ・出典・関係が表示されます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; でどの言語の名前からでもノードを検索できます。&lt;b&gt;凡例とフィルター&lt;/b&gt;パネルで種類や関係を隠し、&lt;b&gt;タイムライン&lt;/b&gt;で特定の日付時点のマップを表示します。&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;編集する&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;何もない所をダブルクリックすると新しいノード、Shift を押しながらノードからノードへドラッグすると関係を作成します。F2 で名前を変更、Delete で削除します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; で自分の編集を元に戻せます（ほかのプログラムがマップを変更した後でも）。&lt;b&gt;履歴&lt;/b&gt;にはすべてのプログラムの変更が並び、チェックポイントの状態に戻すこともできます。&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;共有する&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ファイル &amp;gt; ダイアグラムをエクスポート&lt;/b&gt;（Ctrl+E）でレポート用の PDF・SVG・PNG を書き出します。&lt;b&gt;ファイル &amp;gt; データをエクスポート&lt;/b&gt;は GraphML・GEXF・CSV・DOT・JSON を書き出します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;ファイル &amp;gt; インポート&lt;/b&gt;（Ctrl+I）はそれらの形式を開いているマップに読み込みます（すべて読み込むか、何も変えないかのどちらかです）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;すべてのコマンドとそのキー: &lt;b&gt;ヘルプ &amp;gt; キーボードショートカット&lt;/b&gt;。誤って閉じたパネルは &lt;b&gt;表示 &amp;gt; パネル&lt;/b&gt; から戻せます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Filter commands…</source>
        <translation>コマンドを絞り込む…</translation>
    </message>
    <message>
        <source>Filter commands</source>
        <translation>コマンドを絞り込む</translation>
    </message>
    <message>
        <source>Commands and their shortcuts</source>
        <translation>コマンドとショートカット</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>About Kizuna</source>
        <translation>Kizuna について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kizuna&lt;/b&gt; (絆) — a knowledge-graph explorer for relationship maps.&lt;br&gt;Every edit is saved to the map file as you make it.&lt;br&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Licensed under the Apache License, version 2.0. The bundled US–China AI map cites its source article for every fact.</source>
        <translation>&lt;b&gt;Kizuna&lt;/b&gt;（絆）— 関係マップのためのナレッジグラフ・エクスプローラー。&lt;br&gt;編集はその都度マップファイルに保存されます。&lt;br&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Apache License 2.0 のもとで提供されています。同梱の米中 AI マップは、すべての事実に出典記事を示しています。</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Kizuna</source>
        <translation>Kizuna について(&amp;A)</translation>
    </message>
    <message>
        <source>Drag on empty space, drag with the middle button, arrow keys (no node selected)</source>
        <translation>何もない所をドラッグ、中ボタンでドラッグ、矢印キー（ノード未選択時）</translation>
    </message>
    <message>
        <source>Select the neighbour in that direction (one node selected)</source>
        <translation>その方向の隣のノードを選択（ノードを 1 つ選択中）</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>矢印キー</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Select the next or previous result</source>
        <translation>次または前の結果を選択</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab in the search box</source>
        <translation>検索欄で Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Data Table</source>
        <translation>データ表</translation>
    </message>
    <message>
        <source>Edit a cell</source>
        <translation>セルを編集</translation>
    </message>
    <message>
        <source>Double-click, F2, or start typing</source>
        <translation>ダブルクリック、F2、または入力を始める</translation>
    </message>
    <message>
        <source>Copy the selected rows as TSV</source>
        <translation>選択した行を TSV でコピー</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Set a field on every selected row</source>
        <translation>選択したすべての行に項目を設定</translation>
    </message>
    <message>
        <source>Right-click &gt; Set for Selected Rows…</source>
        <translation>右クリック &gt; 選択行に設定…</translation>
    </message>
</context>
<context>
    <name>kizuna::HistoryPanel</name>
    <message>
        <source>New Checkpoint…</source>
        <translation>新しいチェックポイント…</translation>
    </message>
    <message>
        <source>Revert This Change</source>
        <translation>この変更を取り消す</translation>
    </message>
    <message>
        <source>Take Ticked Changes</source>
        <translation>チェックした変更を取り込む</translation>
    </message>
    <message>
        <source>Clear Marking</source>
        <translation>マークを消去</translation>
    </message>
    <message>
        <source>Show changes since:</source>
        <translation>次の時点以降の変更:</translation>
    </message>
    <message>
        <source>Show changes since</source>
        <translation>指定した時点以降の変更を表示</translation>
    </message>
    <message>
        <source>Name the map&apos;s present state (&quot;October brief&quot;) to compare with later</source>
        <translation>マップの現在の状態に名前を付け（例:「10 月のブリーフィング」）、後で比較できるようにします</translation>
    </message>
    <message>
        <source>Element or change</source>
        <translation>要素または変更</translation>
    </message>
    <message>
        <source>Filter the change log by element</source>
        <translation>変更履歴を要素で絞り込む</translation>
    </message>
    <message>
        <source>Filter the change log by type</source>
        <translation>変更履歴を種類で絞り込む</translation>
    </message>
    <message>
        <source>Filter the change log by author</source>
        <translation>変更履歴を作成者で絞り込む</translation>
    </message>
    <message>
        <source>Show changes from this date</source>
        <translation>この日付以降の変更を表示</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>すべての日付</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Take this change back as a new edit (Undo takes the revert back)</source>
        <translation>この変更を新しい編集として取り消します（取り消し自体は「元に戻す」で戻せます）</translation>
    </message>
    <message>
        <source>Give this map the ticked changes from the other map (one undoable edit)</source>
        <translation>チェックした変更を相手のマップからこのマップに取り込みます（1 回の編集として元に戻せます）</translation>
    </message>
    <message>
        <source>Changes not taken</source>
        <translation>取り込まれなかった変更</translation>
    </message>
    <message>
        <source>(nothing marked)</source>
        <translation>（マークなし）</translation>
    </message>
    <message>
        <source>Checkpoint &quot;%1&quot; (%2)</source>
        <translation>チェックポイント「%1」（%2）</translation>
    </message>
    <message>
        <source>A date…</source>
        <translation>日付を指定…</translation>
    </message>
    <message>
        <source>Checkpoint &quot;%1&quot;</source>
        <translation>チェックポイント「%1」</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>すべての作成者</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>%1 %2 node</source>
        <translation>ノード %2 個を%1</translation>
    </message>
    <message>
        <source>%1 %2 nodes</source>
        <translation>ノード %2 個を%1</translation>
    </message>
    <message>
        <source>%1 %2 relation</source>
        <translation>関係 %2 件を%1</translation>
    </message>
    <message>
        <source>%1 %2 relations</source>
        <translation>関係 %2 件を%1</translation>
    </message>
    <message>
        <source>No changes to nodes or relations.</source>
        <translation>ノードと関係に変更はありません。</translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>マップが開かれていません。</translation>
    </message>
    <message>
        <source>New Checkpoint</source>
        <translation>新しいチェックポイント</translation>
    </message>
    <message>
        <source>Name for the map as it is now (you can show what changed since it later):</source>
        <translation>現在のマップに付ける名前（後でこの時点以降の変更を表示できます）:</translation>
    </message>
    <message>
        <source>Brief of %1</source>
        <translation>%1 のブリーフィング</translation>
    </message>
    <message>
        <source>No checkpoint added</source>
        <translation>チェックポイントは追加されませんでした</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>%1 以降の変更</translation>
    </message>
    <message>
        <source>Changes Since a Date</source>
        <translation>指定日以降の変更</translation>
    </message>
    <message>
        <source>Show what changed since (UTC date, such as 2026-11-01, or date and time 2026-11-01T09:30):</source>
        <translation>次の日時以降の変更を表示（UTC の日付 例: 2026-11-01、または日時 例: 2026-11-01T09:30）:</translation>
    </message>
    <message>
        <source>Cannot show changes</source>
        <translation>変更を表示できません</translation>
    </message>
    <message>
        <source>Change #%1: %2 (%3, %4)</source>
        <translation>変更 #%1: %2（%3、%4）</translation>
    </message>
    <message>
        <source>No map is open for editing.</source>
        <translation>編集可能なマップが開かれていません。</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>取り消せません</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>%1 との比較</translation>
    </message>
    <message>
        <source>Compare the map with another first (File &gt; Compare With…).</source>
        <translation>先にこのマップを別のマップと比較してください（ファイル &gt; 別のマップと比較…）。</translation>
    </message>
    <message>
        <source>Tick the changes to take first.</source>
        <translation>先に取り込む変更にチェックを付けてください。</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The map has changed since: compare again (File &amp;gt; Compare With…) to update.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;その後マップが変更されました。更新するには再度比較してください（ファイル &amp;gt; 別のマップと比較…）。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>kizuna::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>%1 nodes, %2 edges</source>
        <translation>ノード %1 個、関係 %2 件</translation>
    </message>
    <message>
        <source>Add every node as new</source>
        <translation>すべてのノードを新規に追加</translation>
    </message>
    <message>
        <source>Update nodes with the same id</source>
        <translation>ID が同じノードを更新</translation>
    </message>
    <message>
        <source>Update nodes with the same type and label</source>
        <translation>種類とラベルが同じノードを更新</translation>
    </message>
    <message>
        <source>Match nodes</source>
        <translation>ノードの照合</translation>
    </message>
    <message>
        <source>Refuse the file</source>
        <translation>ファイルを読み込まない</translation>
    </message>
    <message>
        <source>Merge them into one node</source>
        <translation>1 つのノードに統合</translation>
    </message>
    <message>
        <source>Keep the first row, leave out the others</source>
        <translation>最初の行を残し、他は除外</translation>
    </message>
    <message>
        <source>Merge: the later rows fill labels in missing languages and empty fields; values that differ are kept as properties (a different label as &quot;alias&quot;, others as NAME_2, NAME_3, …).</source>
        <translation>統合: 後の行で、欠けている言語のラベルと空のフィールドを補います。異なる値はプロパティとして保持します（異なるラベルは &quot;alias&quot;、その他は NAME_2、NAME_3、… として）。</translation>
    </message>
    <message>
        <source>Repeated ids</source>
        <translation>重複する ID</translation>
    </message>
    <message>
        <source>1 row repeats the id of an earlier row.</source>
        <translation>1 行が前の行と同じ ID を使っています。</translation>
    </message>
    <message>
        <source>%1 rows repeat the id of an earlier row.</source>
        <translation>%1 行が前の行と同じ ID を使っています。</translation>
    </message>
    <message>
        <source>The import is one step: Undo takes it back whole.</source>
        <translation>インポートは 1 回の操作です。「元に戻す」でまとめて取り消せます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not importable as it is:&lt;/b&gt; %1. Choose to merge the repeated rows or to keep the first.</source>
        <translation>&lt;b&gt;このままではインポートできません:&lt;/b&gt; %1。重複する行を統合するか、最初の行を残すかを選んでください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Will add&lt;/b&gt; %1 nodes and %2 edges; &lt;b&gt;update&lt;/b&gt; %3 nodes (%4 unchanged); &lt;b&gt;skip&lt;/b&gt; %5 edges already in the map; add %6 types and %7 sources.</source>
        <translation>&lt;b&gt;追加:&lt;/b&gt; ノード %1 個、関係 %2 件。&lt;b&gt;更新:&lt;/b&gt; ノード %3 個（%4 個は変更なし）。&lt;b&gt;スキップ:&lt;/b&gt; マップに既にある関係 %5 件。種類 %6 個と出典 %7 件も追加します。</translation>
    </message>
</context>
<context>
    <name>kizuna::InspectorPanel</name>
    <message>
        <source>Reverse</source>
        <translation>向きを反転</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>両端</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中国語</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM または YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有効期間の終了</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <source>0 to 1; empty: not assessed</source>
        <translation>0～1。空欄: 未評価</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>マップが開かれていません。</translation>
    </message>
    <message>
        <source>Click a node or an edge to see and edit its details and sources. Double-click empty canvas to add a node; Shift-drag from one node to another to connect them.</source>
        <translation>ノードまたは関係をクリックすると、詳細と出典を表示・編集できます。キャンバスの空いた場所をダブルクリックするとノードを追加、Shift キーを押しながらノードから別のノードへドラッグすると接続できます。</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Relations of this node</source>
        <translation>このノードの関係</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Other end</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>from this node</source>
        <translation>このノードから</translation>
    </message>
    <message>
        <source>to this node</source>
        <translation>このノードへ</translation>
    </message>
    <message>
        <source>Relations (%1)</source>
        <translation>関係（%1）</translation>
    </message>
</context>
<context>
    <name>kizuna::LayoutActions</name>
    <message>
        <source>&amp;Force-Directed (selected nodes stay put)</source>
        <translation>力学モデル（選択したノードは固定）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Circular</source>
        <translation>円形(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hierarchical (Layered)</source>
        <translation>階層（レイヤー型）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Radial Around Selected Node</source>
        <translation>選択したノードを中心に放射状(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>グリッド(&amp;G)</translation>
    </message>
    <message>
        <source>Layout not applied: %1</source>
        <translation>レイアウトは適用されませんでした: %1</translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>マップが開かれていません。</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s)…</source>
        <translation>
            <numerusform>ノード %n 個をレイアウト中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>レイアウト: %1</translation>
    </message>
</context>
<context>
    <name>kizuna::MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Change Log</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Legend and Filter</source>
        <translation>凡例とフィルター</translation>
    </message>
    <message>
        <source>Paths and Focus</source>
        <translation>経路とフォーカス</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Map…</source>
        <translation>新規マップ(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったマップ(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Bundled US–China AI Map</source>
        <translation>同梱の米中 AI マップを開く(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>データをエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;Diagram…</source>
        <translation>図をエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>別のマップと比較(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Node…</source>
        <translation>新規ノード(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Connect Mode (drag from node to node)</source>
        <translation>接続モード（ノードからノードへドラッグ）(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>名前を変更(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Nodes…</source>
        <translation>選択したノードを統合(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Pin Names of Selected Nodes</source>
        <translation>選択したノードの名前を固定(&amp;P)</translation>
    </message>
    <message>
        <source>U&amp;npin Names of Selected Nodes</source>
        <translation>選択したノードの名前の固定を解除(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Add &amp;Text Box…</source>
        <translation>テキストボックスを追加(&amp;T)…</translation>
    </message>
    <message>
        <source>Add Text Box</source>
        <translation>テキストボックスを追加</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>テキスト:</translation>
    </message>
    <message>
        <source>Add Ca&amp;llout to Selection…</source>
        <translation>選択対象に吹き出しを追加(&amp;L)…</translation>
    </message>
    <message>
        <source>Select one node or relation to point a callout at.</source>
        <translation>吹き出しを付けるノードまたは関係を 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Add Callout</source>
        <translation>吹き出しを追加</translation>
    </message>
    <message>
        <source>Copy Diagram</source>
        <translation>図をコピー</translation>
    </message>
    <message>
        <source>Diagram copied to the clipboard</source>
        <translation>図をクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>&amp;Schema…</source>
        <translation>スキーマ(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Labels In</source>
        <translation>ラベルの言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>レイアウト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Could not save the new layout: %1</source>
        <translation>新しいレイアウトを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not read other programs&apos; changes: %1</source>
        <translation>他のプログラムによる変更を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>変更されませんでした: %1</translation>
    </message>
    <message>
        <source>Compare With Another Map</source>
        <translation>別のマップと比較</translation>
    </message>
    <message>
        <source>Kizuna maps (*.kizuna);;All files (*)</source>
        <translation>Kizuna マップ (*.kizuna);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>比較できません</translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>マップが開かれていません。</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>%1 と比較中…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Cannot open the map</source>
        <translation>マップを開けません</translation>
    </message>
    <message>
        <source>Kizuna</source>
        <translation>Kizuna</translation>
    </message>
    <message>
        <source>Updated by %1 with %2: %3</source>
        <translation>%1 が %2 で更新: %3</translation>
    </message>
    <message>
        <source>No map open</source>
        <translation>マップが開かれていません</translation>
    </message>
    <message>
        <source>%1 nodes, %2 edges — %3</source>
        <translation>ノード %1 個、関係 %2 件 — %3</translation>
    </message>
    <message>
        <source>New Map</source>
        <translation>新規マップ</translation>
    </message>
    <message>
        <source>Kizuna maps (*.kizuna)</source>
        <translation>Kizuna マップ (*.kizuna)</translation>
    </message>
    <message>
        <source>Cannot create the map</source>
        <translation>マップを作成できません</translation>
    </message>
    <message>
        <source>Open Map</source>
        <translation>マップを開く</translation>
    </message>
    <message>
        <source>Cannot open the bundled map</source>
        <translation>同梱のマップを開けません</translation>
    </message>
    <message>
        <source>Add node “%1”</source>
        <translation>ノード「%1」を追加</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n node(s) into %1</source>
        <translation>
            <numerusform>ノード %n 個を %1 に統合しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin names</source>
        <translation>名前を固定</translation>
    </message>
    <message>
        <source>Unpin names</source>
        <translation>名前の固定を解除</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>統合できません</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>環境設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Kizuna.</source>
        <translation>新しい言語は Kizuna の次回起動時から使われます。</translation>
    </message>
    <message>
        <source>Open or create a map to import %1 into.</source>
        <translation>%1 をインポートするには、先にマップを開くか作成してください。</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>%1 is neither a Kizuna map (.kizuna) nor a file Kizuna can import (CSV, GraphML, GEXF, DOT, Cytoscape JSON, Kizuna JSON).</source>
        <translation>%1 は Kizuna のマップ（.kizuna）でも、Kizuna がインポートできるファイル（CSV、GraphML、GEXF、DOT、Cytoscape JSON、Kizuna JSON）でもありません。</translation>
    </message>
    <message>
        <source>Data Table</source>
        <translation>データ表</translation>
    </message>
    <message>
        <source>&amp;Data Table</source>
        <translation>データ表(&amp;D)</translation>
    </message>
    <message>
        <source>Undo steps</source>
        <translation>元に戻す履歴</translation>
    </message>
    <message numerus="yes">
        <source>%n elements selected. View &gt; Data Table (Ctrl+Shift+T) lists them and sets a type, dates or a property on all of them at once.</source>
        <translation>
            <numerusform>%n 件を選択中。表示 &gt; データ表（Ctrl+Shift+T）で一覧し、種類・日付・プロパティをまとめて設定できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag empty space to pan, turn the wheel to zoom, click a node to see it, double-click empty space to add one, Shift-drag from a node to connect it. F1 opens Getting Started.</source>
        <translation>空白をドラッグで移動、ホイールで拡大縮小、ノードをクリックで詳細、空白をダブルクリックでノード追加、ノードから Shift+ドラッグで接続。F1 で「はじめに」を開きます。</translation>
    </message>
</context>
<context>
    <name>kizuna::MergeDialog</name>
    <message>
        <source>Merge Nodes</source>
        <translation>ノードの統合</translation>
    </message>
    <message numerus="yes">
        <source>These %n nodes are the same actor. Keep this one:</source>
        <translation>
            <numerusform>これら %n 個のノードは同一の主体です。残すノード:</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations, properties and sources of the others move to it. Where they disagree, choose the value to keep:</source>
        <translation>他のノードの関係、プロパティ、出典はこのノードに移ります。値が異なる箇所では、残す値を選んでください:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す値</translation>
    </message>
</context>
<context>
    <name>kizuna::MetricsPanel</name>
    <message>
        <source>Compute Metrics</source>
        <translation>指標を計算</translation>
    </message>
    <message>
        <source>Degree, betweenness, PageRank, components and communities.</source>
        <translation>次数、媒介中心性、PageRank、連結成分、コミュニティ。</translation>
    </message>
    <message>
        <source>Size nodes by:</source>
        <translation>ノードのサイズ:</translation>
    </message>
    <message>
        <source>Colour nodes by:</source>
        <translation>ノードの色:</translation>
    </message>
    <message>
        <source>The map has changed: compute again for current figures.</source>
        <translation>マップが変更されました。最新の値を得るには再計算してください。</translation>
    </message>
    <message>
        <source>Computing metrics…</source>
        <translation>指標を計算中…</translation>
    </message>
    <message>
        <source>No metrics: %1</source>
        <translation>指標なし: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s). Double-click a row to find the node.</source>
        <translation>
            <numerusform>ノード %n 個。行をダブルクリックするとそのノードを表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a number on every node that has it: nodes keep one size.</source>
        <translation>「%1」の値がすべて数値ではないため、ノードの大きさは変わりません。</translation>
    </message>
    <message>
        <source>Metrics of every node</source>
        <translation>全ノードの指標</translation>
    </message>
    <message>
        <source>Size nodes by</source>
        <translation>ノードの大きさ</translation>
    </message>
    <message>
        <source>Colour nodes by</source>
        <translation>ノードの色分け</translation>
    </message>
</context>
<context>
    <name>kizuna::MetricsTableModel</name>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入次数</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出次数</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>媒介中心性</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>連結成分</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>コミュニティ</translation>
    </message>
</context>
<context>
    <name>kizuna::NewNodeDialog</name>
    <message>
        <source>New Node</source>
        <translation>新規ノード</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>kizuna::PathPanel</name>
    <message>
        <source>Ignore direction</source>
        <translation>向きを無視</translation>
    </message>
    <message>
        <source>Avoid the selected nodes</source>
        <translation>選択したノードを避ける</translation>
    </message>
    <message>
        <source>Fade the rest</source>
        <translation>その他を薄く表示</translation>
    </message>
    <message>
        <source>Hide the rest</source>
        <translation>その他を隠す</translation>
    </message>
    <message>
        <source>Path finder</source>
        <translation>経路検索</translation>
    </message>
    <message>
        <source>label or id</source>
        <translation>ラベルまたは ID</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>選択中</translation>
    </message>
    <message>
        <source>Take the selected node</source>
        <translation>選択中のノードを使用</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>始点:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>終点:</translation>
    </message>
    <message>
        <source>Avoid type:</source>
        <translation>避ける種類:</translation>
    </message>
    <message>
        <source>Find Paths</source>
        <translation>経路を検索</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>The passages each relation of the chosen path rests on appear here.</source>
        <translation>選択した経路の各関係の根拠となる箇所がここに表示されます。</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>近傍</translation>
    </message>
    <message>
        <source> hop(s)</source>
        <translation> ホップ</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>フォーカス</translation>
    </message>
    <message>
        <source>Show the selected nodes and what lies within the hops</source>
        <translation>選択したノードと、指定ホップ数以内にあるものを表示</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>Add the selected nodes&apos; neighbours to the focus</source>
        <translation>選択したノードの隣接ノードをフォーカスに追加</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>マップが開かれていません。</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>始点: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>終点: %1</translation>
    </message>
    <message>
        <source>No path between these nodes.</source>
        <translation>これらのノード間に経路はありません。</translation>
    </message>
    <message>
        <source>No path along the relations&apos; directions. Try “Ignore direction”.</source>
        <translation>関係の向きに沿った経路はありません。「向きを無視」を試してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n shortest path(s)</source>
        <translation>
            <numerusform>最短経路 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) each</source>
        <translation>
            <numerusform>各 %n ホップ</numerusform>
        </translation>
    </message>
    <message>
        <source> (first %1 shown)</source>
        <translation>（最初の %1 件を表示）</translation>
    </message>
    <message>
        <source>Path %1: %2 → %3</source>
        <translation>経路 %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 —%2→ %3</source>
        <translation>%1 —%2→ %3</translation>
    </message>
    <message>
        <source>%1 ←%2— %3</source>
        <translation>%1 ←%2— %3</translation>
    </message>
    <message>
        <source>The map has changed: find the paths again.</source>
        <translation>マップが変更されました。経路を再検索してください。</translation>
    </message>
    <message>
        <source>Path %1, hop by hop, with the sources of each relation</source>
        <translation>経路 %1（ホップごと、各関係の出典付き）</translation>
    </message>
    <message>
        <source>No source cited</source>
        <translation>出典の指定なし</translation>
    </message>
    <message>
        <source>(untitled source)</source>
        <translation>（無題の出典）</translation>
    </message>
    <message>
        <source>Select a node to focus on.</source>
        <translation>フォーカスするノードを選択してください。</translation>
    </message>
    <message>
        <source>Path from node</source>
        <translation>経路の始点ノード</translation>
    </message>
    <message>
        <source>Path to node</source>
        <translation>経路の終点ノード</translation>
    </message>
    <message>
        <source>Paths found</source>
        <translation>見つかった経路</translation>
    </message>
    <message>
        <source>Hops around the focus</source>
        <translation>フォーカス周辺のホップ数</translation>
    </message>
    <message>
        <source>Evidence for the chosen path</source>
        <translation>選択した経路の根拠</translation>
    </message>
</context>
<context>
    <name>kizuna::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language of menus and dialogs</source>
        <translation>メニューとダイアログの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Menus and dialogs change at the next start. Names of nodes and relations follow View &gt; Labels In.</source>
        <translation>メニューとダイアログは次回起動時に切り替わります。ノードと関係の名前は「表示 &gt; ラベルの言語」に従います。</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>作成者名</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>作成者名(&amp;A):</translation>
    </message>
    <message>
        <source>Written into the change log with every edit you make.</source>
        <translation>あなたの編集ごとに変更履歴へ記録されます。</translation>
    </message>
    <message>
        <source>Legend of the types shown</source>
        <translation>表示中の種類の凡例</translation>
    </message>
    <message>
        <source>Numbered list of sources</source>
        <translation>番号付きの出典一覧</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>特大</translation>
    </message>
    <message>
        <source>Size of names on the map</source>
        <translation>マップ上の名前の大きさ</translation>
    </message>
    <message>
        <source>&amp;Names on the map:</source>
        <translation>マップ上の名前(&amp;N):</translation>
    </message>
    <message>
        <source>Diagram exports start with</source>
        <translation>図の書き出しの初期設定</translation>
    </message>
    <message>
        <source>Fitted to the drawing</source>
        <translation>図に合わせる</translation>
    </message>
    <message>
        <source>PDF page size</source>
        <translation>PDF の用紙サイズ</translation>
    </message>
    <message>
        <source>PDF &amp;page:</source>
        <translation>PDF 用紙(&amp;P):</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Smallest name size in exports</source>
        <translation>書き出しでの最小の名前サイズ</translation>
    </message>
    <message>
        <source>&amp;Smallest names:</source>
        <translation>最小の名前(&amp;S):</translation>
    </message>
</context>
<context>
    <name>kizuna::PropertiesEditor</name>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add property</source>
        <translation>プロパティを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>property %1</source>
        <translation>プロパティ %1</translation>
    </message>
    <message>
        <source>properties: a property needs a non-empty key</source>
        <translation>プロパティ: キーを空にすることはできません</translation>
    </message>
    <message>
        <source>properties: there is already a property &quot;%1&quot;</source>
        <translation>プロパティ: プロパティ「%1」は既に存在します</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
</context>
<context>
    <name>kizuna::SchemaDialog</name>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Add type…</source>
        <translation>種類を追加…</translation>
    </message>
    <message>
        <source>Choose colour…</source>
        <translation>色を選択…</translation>
    </message>
    <message>
        <source>Delete type…</source>
        <translation>種類を削除…</translation>
    </message>
    <message>
        <source>Node types</source>
        <translation>ノードの種類</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>線種</translation>
    </message>
    <message>
        <source>Directed</source>
        <translation>有向</translation>
    </message>
    <message>
        <source>From types</source>
        <translation>始点の種類</translation>
    </message>
    <message>
        <source>To types</source>
        <translation>終点の種類</translation>
    </message>
    <message>
        <source>From/To types: node type keys separated by commas; empty means any type.</source>
        <translation>始点/終点の種類: ノードの種類のキーをカンマ区切りで指定します。空欄はすべての種類を表します。</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>関係の種類</translation>
    </message>
    <message>
        <source>Add Node Type</source>
        <translation>ノードの種類を追加</translation>
    </message>
    <message>
        <source>Key (lower-case, e.g. think_tank):</source>
        <translation>キー（小文字。例: think_tank）:</translation>
    </message>
    <message>
        <source>Add Relation Type</source>
        <translation>関係の種類を追加</translation>
    </message>
    <message>
        <source>Key (lower-case, e.g. advises):</source>
        <translation>キー（小文字。例: advises）:</translation>
    </message>
    <message>
        <source>Relation %1 (%2 → %3) would no longer fit; change or delete it first.</source>
        <translation>関係 %1（%2 → %3）が条件に合わなくなります。先にその関係を変更または削除してください。</translation>
    </message>
    <message>
        <source>There is already a node type &quot;%1&quot;.</source>
        <translation>ノードの種類「%1」は既に存在します。</translation>
    </message>
    <message>
        <source>There is already a relation type &quot;%1&quot;.</source>
        <translation>関係の種類「%1」は既に存在します。</translation>
    </message>
    <message numerus="yes">
        <source>Delete its %n node(s) and their relations</source>
        <translation>
            <numerusform>この種類のノード %n 個とその関係を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make its %n node(s) of type %1</source>
        <translation>
            <numerusform>この種類のノード %n 個を種類 %1 に変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Node Type</source>
        <translation>ノードの種類を削除</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n node(s).</source>
        <translation>
            <numerusform>「%1」は %n 個のノードで使用されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete its %n relation(s)</source>
        <translation>
            <numerusform>この種類の関係 %n 件を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make its %n relation(s) of type %1</source>
        <translation>
            <numerusform>この種類の関係 %n 件を種類 %1 に変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Relation Type</source>
        <translation>関係の種類を削除</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n relation(s).</source>
        <translation>
            <numerusform>「%1」は %n 件の関係で使用されています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::SearchPanel</name>
    <message>
        <source>Find: any language, part of a name, a property…</source>
        <translation>検索: 任意の言語、名前の一部、プロパティ…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
</context>
<context>
    <name>kizuna::SetFieldDialog</name>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message numerus="yes">
        <source>Set for %n Selected Relations</source>
        <translation>
            <numerusform>選択した %n 件の関係に設定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set for %n Selected Nodes</source>
        <translation>
            <numerusform>選択した %n 件のノードに設定</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効開始</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有効終了</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確信度</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Property key</source>
        <translation>プロパティのキー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>empty clears the field</source>
        <translation>空欄にすると項目を消去します</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>項目(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>Dates are written as 2024, 2024-05 or 2024-05-17.</source>
        <translation>日付は 2024、2024-05、2024-05-17 の形式で書きます。</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>kizuna::TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Undated facts</source>
        <translation>日付のない事実</translation>
    </message>
    <message>
        <source>Hide (not fade) facts outside</source>
        <translation>範囲外の事実を隠す（薄くしない）</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 再生</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>No fact in this map is dated.</source>
        <translation>このマップには日付のある事実がありません。</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>すべての日付</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ 一時停止</translation>
    </message>
    <message>
        <source>Timeline start</source>
        <translation>タイムラインの開始</translation>
    </message>
    <message>
        <source>Timeline end</source>
        <translation>タイムラインの終了</translation>
    </message>
</context>
<context>
    <name>kizuna::ViewsPanel</name>
    <message>
        <source>Save with its own layout</source>
        <translation>独自のレイアウトで保存</translation>
    </message>
    <message>
        <source>Keep the nodes where they are now in this view, even when the map&apos;s layout changes later</source>
        <translation>このビューではノードを現在の位置に保ちます（後でマップのレイアウトが変わっても維持）</translation>
    </message>
    <message>
        <source>Save Current…</source>
        <translation>現在の表示を保存…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Show Selection Only</source>
        <translation>選択対象のみ表示</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>ビューを保存できません</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n 個の要素</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>フィルター適用</translation>
    </message>
    <message>
        <source>timeline %1 – %2</source>
        <translation>タイムライン %1 – %2</translation>
    </message>
    <message>
        <source>own layout</source>
        <translation>独自レイアウト</translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>マップが開かれていません。</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>保存したビュー</translation>
    </message>
</context>
</TS>
