/*
 * The charts of a region page (ECharts, loaded before this file). Each chart reads its figures from the page: the
 * hidden lists #cause-chart-data and #ranking-data, and the rows of #series-table. The tables carry the same figures
 * for screen readers; a chart is a visual aid only.
 */
(function () {
  'use strict';
  if (!window.echarts) return;

  function all(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector));
  }

  function draw(container, option) {
    var chart = echarts.init(container);
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  /** A horizontal bar per item, in the order given; {label, value} read an item, {color, right, whole} style the chart. */
  function barChart(container, items, how) {
    draw(container, {
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      grid: {left: 8, right: how.right, top: 8, bottom: 8, containLabel: true},
      xAxis: how.whole ? {type: 'value', minInterval: 1} : {type: 'value'},
      yAxis: {type: 'category', inverse: true, data: items.map(how.label)},
      series: [{type: 'bar', name: container.dataset.seriesName, itemStyle: {color: how.color},
                label: {show: true, position: 'right'}, data: items.map(how.value)}]
    });
  }

  var causes = document.getElementById('cause-chart');
  if (causes) {
    barChart(causes, all('#cause-chart-data li'), {color: '#198754', right: 24, whole: true,
      label: function (i) { return i.dataset.cause; }, value: function (i) { return Number(i.dataset.households); }});
  }

  var ranking = document.getElementById('ranking-chart');
  if (ranking) {
    var items = all('#ranking-data li').sort(function (a, b) { return Number(b.dataset.value) - Number(a.dataset.value); });
    barChart(ranking, items, {color: '#dc3545', right: 40, whole: false,
      label: function (i) { return i.dataset.name; }, value: function (i) { return Number(i.dataset.value); }});
  }

  var series = document.getElementById('series-chart');
  if (series) {
    var rows = all('#series-table tbody tr');
    draw(series, {
      tooltip: {trigger: 'axis'}, legend: {}, grid: {left: 8, right: 24, top: 32, bottom: 8, containLabel: true},
      xAxis: {type: 'category', data: rows.map(function (r) { return r.dataset.year; })},
      yAxis: {type: 'value', minInterval: 1},
      series: [
        {type: 'line', name: series.dataset.households, data: rows.map(function (r) { return Number(r.dataset.poorHouseholds); })},
        {type: 'line', name: series.dataset.persons, data: rows.map(function (r) { return Number(r.dataset.poorPersons); })}]
    });
  }
})();
