/*
 * The admin's date pickers (jQuery datetimepicker, which Wagtail 8 sets up in date-time-chooser.js).
 * Loaded by portal/admin_dates.py on every admin page right after the plugin itself, so before any
 * picker exists: the defaults below apply to every date field, StreamField blocks and filters included.
 */
(function () {
  'use strict';

  var $ = window.jQuery;
  if (!$ || !$.fn.datetimepicker || !$.fn.datetimepicker.defaults) {
    return;
  }

  // On leaving the field the plugin replaces what it cannot read with the current time, silently.
  // What the editor typed stays as typed instead: the server reads dd/mm/yyyy HH:MM (and ISO), and
  // refuses anything else with an error next to the field.
  $.fn.datetimepicker.defaults.validateOnBlur = false;
  // Scrolling the page over a date field must not change the date.
  $.fn.datetimepicker.defaults.scrollInput = false;

  // One calendar at a time: the plugin closes a calendar only on clicks that reach the page's body,
  // which clicks in dialogs and Tab never send, so two could cover each other and the save button.
  // `keep` is the element that stays: what was focused or clicked, or a calendar that just opened.
  function closeCalendarsOtherThan(keep) {
    $('input').each(function () {
      var calendar = $(this).data('xdsoft_datetimepicker');
      if (!calendar || this === keep || calendar[0] === keep || calendar[0].contains(keep)) {
        return;
      }
      if (calendar.is(':visible')) {
        $(this).datetimepicker('hide');
      }
    });
  }
  function closeOtherCalendars(event) {
    closeCalendarsOtherThan(event.target);
  }
  document.addEventListener('focusin', closeOtherCalendars, true);
  document.addEventListener('mousedown', closeOtherCalendars, true);
  // A calendar opens 100 ms after its field is focused: by then the editor may have tabbed on or
  // clicked elsewhere, and the calendar would open over a field it does not belong to (or over the
  // save button) and stay. It opens only while its own field has the focus, and alone.
  $(document).on('open.xdsoft', '.xdsoft_datetimepicker', function () {
    var calendar = $(this);
    var input = calendar.data('input');
    if (input && input[0] !== document.activeElement) {
      calendar.trigger('close.xdsoft');
      return;
    }
    closeCalendarsOtherThan(this);
  });
})();
