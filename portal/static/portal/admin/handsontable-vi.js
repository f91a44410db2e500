// Vietnamese for the table block's editor (Handsontable 6, which ships no Vietnamese dictionary).
// Wagtail's TableBlock passes the admin's language code ("vi") as Handsontable's `language`
// option; this registers that code before the page editor builds its tables (the script is
// deferred, and the editor's blocks are drawn once the document is ready). Phrases not listed
// here fall back to Handsontable's English: only the context menu is switched on.
(() => {
  const Handsontable = window.Handsontable;
  if (!Handsontable || !Handsontable.languages) return;
  if (!(document.documentElement.lang || '').toLowerCase().startsWith('vi')) return;
  const keys = Handsontable.languages.dictionaryKeys;
  const phrases = {
    CONTEXTMENU_ITEMS_ROW_ABOVE: 'Chèn hàng phía trên',
    CONTEXTMENU_ITEMS_ROW_BELOW: 'Chèn hàng phía dưới',
    CONTEXTMENU_ITEMS_INSERT_LEFT: 'Chèn cột bên trái',
    CONTEXTMENU_ITEMS_INSERT_RIGHT: 'Chèn cột bên phải',
    CONTEXTMENU_ITEMS_REMOVE_ROW: ['Xóa hàng', 'Xóa các hàng'],
    CONTEXTMENU_ITEMS_REMOVE_COLUMN: ['Xóa cột', 'Xóa các cột'],
    CONTEXTMENU_ITEMS_UNDO: 'Hoàn tác',
    CONTEXTMENU_ITEMS_REDO: 'Làm lại',
    CONTEXTMENU_ITEMS_READ_ONLY: 'Chỉ đọc',
    CONTEXTMENU_ITEMS_CLEAR_COLUMN: 'Xóa nội dung cột',
    CONTEXTMENU_ITEMS_ALIGNMENT: 'Căn lề',
    CONTEXTMENU_ITEMS_ALIGNMENT_LEFT: 'Trái',
    CONTEXTMENU_ITEMS_ALIGNMENT_CENTER: 'Giữa',
    CONTEXTMENU_ITEMS_ALIGNMENT_RIGHT: 'Phải',
    CONTEXTMENU_ITEMS_ALIGNMENT_JUSTIFY: 'Đều hai bên',
    CONTEXTMENU_ITEMS_ALIGNMENT_TOP: 'Trên',
    CONTEXTMENU_ITEMS_ALIGNMENT_MIDDLE: 'Giữa',
    CONTEXTMENU_ITEMS_ALIGNMENT_BOTTOM: 'Dưới',
    CONTEXTMENU_ITEMS_FREEZE_COLUMN: 'Cố định cột',
    CONTEXTMENU_ITEMS_UNFREEZE_COLUMN: 'Bỏ cố định cột',
    CONTEXTMENU_ITEMS_BORDERS: 'Đường viền',
    CONTEXTMENU_ITEMS_BORDERS_TOP: 'Trên',
    CONTEXTMENU_ITEMS_BORDERS_RIGHT: 'Phải',
    CONTEXTMENU_ITEMS_BORDERS_BOTTOM: 'Dưới',
    CONTEXTMENU_ITEMS_BORDERS_LEFT: 'Trái',
    CONTEXTMENU_ITEMS_REMOVE_BORDERS: 'Xóa đường viền',
    CONTEXTMENU_ITEMS_ADD_COMMENT: 'Thêm nhận xét',
    CONTEXTMENU_ITEMS_EDIT_COMMENT: 'Sửa nhận xét',
    CONTEXTMENU_ITEMS_REMOVE_COMMENT: 'Xóa nhận xét',
    CONTEXTMENU_ITEMS_READ_ONLY_COMMENT: 'Nhận xét chỉ đọc',
    CONTEXTMENU_ITEMS_MERGE_CELLS: 'Gộp ô',
    CONTEXTMENU_ITEMS_UNMERGE_CELLS: 'Tách ô',
    CONTEXTMENU_ITEMS_COPY: 'Sao chép',
    CONTEXTMENU_ITEMS_CUT: 'Cắt',
    CONTEXTMENU_ITEMS_HIDE_COLUMN: ['Ẩn cột', 'Ẩn các cột'],
    CONTEXTMENU_ITEMS_SHOW_COLUMN: ['Hiện cột', 'Hiện các cột'],
    CONTEXTMENU_ITEMS_HIDE_ROW: ['Ẩn hàng', 'Ẩn các hàng'],
    CONTEXTMENU_ITEMS_SHOW_ROW: ['Hiện hàng', 'Hiện các hàng'],
  };
  const dictionary = { languageCode: 'vi' };
  for (const [name, phrase] of Object.entries(phrases)) {
    if (keys[name]) dictionary[keys[name]] = phrase;
  }
  Handsontable.languages.registerLanguageDictionary(dictionary);
})();
