/*
 * Maps drawn from boundaries served by Fupin itself (issue #24, ADR 0036): no tile server, no request leaves the
 * server. A container <div id="map-chart" data-url="…"> gets the map view as JSON from its data-url, registers its
 * outlines with ECharts and draws the areas in the colours the server chose (the page's legend shows the same
 * classes), the village points, hover figures, and a click that opens the region's page (data-region-url, CODE is
 * replaced). <button id="map-export"> saves the map as a PNG. Texts come from the container's data-* attributes.
 */
(function () {
  'use strict';

  /** The village point of a scatter event (large mode gives the index, not always the item). */
  function placeOf(view, p) {
    var group = view.groups[p.seriesIndex];
    return group ? group[p.dataIndex] : null;
  }

  function tooltip(view, texts, byCode) {
    return function (p) {
      var box = document.createElement('div');
      function line(text, strong) {
        var row = document.createElement(strong ? 'strong' : 'div');
        row.textContent = text;
        box.appendChild(row);
        if (strong) box.appendChild(document.createElement('br'));
      }
      if (p.seriesType === 'scatter') {
        var place = placeOf(view, p);
        if (!place) return '';
        line(place.name, true);
        if (!place.reported) line(texts.unreported);
        if (place.present.length) line(texts.present + ': ' + place.present.join('、'));
        if (place.lacking.length) line(texts.lacking + ': ' + place.lacking.join('、'));
        return box;
      }
      var area = byCode[p.name];
      if (!area) return '';
      line(area.name, true);
      var value = area.hidden || (area.value === null ? texts.noValue : String(area.value));
      line(texts.figure + ': ' + value);
      return box;
    };
  }

  /**
   * One geo component draws the areas (each region's colour in geo.regions, with its value for readers of the
   * option) and carries the village points; points come as three series (reported with the key facilities, lacking
   * one, without a list), each drawn in ECharts' large mode above 2,000 points. One component rather than a map
   * series over a geo: a province of 20,000 villages draws in a few seconds instead of half a minute (BENCHMARKS.md).
   */
  function option(view, name, texts) {
    var byCode = {};
    view.areas.forEach(function (a) { byCode[a.code] = a; });
    var labels = view.areas.length <= 40;
    view.groups = [];
    function points(filter, symbol, color) {
      var data = [];
      var group = [];
      view.places.forEach(function (p, i) {
        if (!filter(p)) return;
        data.push({name: p.code, value: [p.longitude, p.latitude]});
        group.push(p);
      });
      view.groups.push(group);
      return {type: 'scatter', coordinateSystem: 'geo', geoIndex: 0, symbol: symbol, symbolSize: 7, z: 5,
              large: true, largeThreshold: 2000, itemStyle: {color: color, borderColor: '#fff', borderWidth: 0.5},
              data: data};
    }
    var format = tooltip(view, texts, byCode);
    return {
      animation: false,
      tooltip: {trigger: 'item', confine: true, formatter: format},
      geo: {map: name, nameProperty: 'code', roam: false, selectedMode: false, layoutCenter: ['50%', '50%'], layoutSize: '96%',
        tooltip: {show: true, formatter: format},
        itemStyle: {areaColor: '#f7f7f7', borderColor: '#555', borderWidth: 0.6},
        label: {show: labels, fontSize: 10, formatter: function (p) { return byCode[p.name] ? byCode[p.name].name : ''; }},
        emphasis: {label: {show: true}, itemStyle: {areaColor: '#ffe066'}},
        regions: view.areas.map(function (a) {
          return {name: a.code, value: a.value, itemStyle: {areaColor: a.color}};
        })},
      series: [
        points(function (p) { return p.reported && p.lacking.length === 0; }, 'circle', '#1f5fbf'),
        points(function (p) { return p.lacking.length > 0; }, 'triangle', '#b30000'),
        points(function (p) { return !p.reported; }, 'circle', '#9e9e9e')
      ]
    };
  }

  /** Draws the view into the container; calls done(chart, milliseconds) when ECharts has finished rendering. */
  function draw(container, view, done) {
    var started = performance.now();
    var name = 'fupin-' + view.regionCode + '-' + view.level + '-' + view.figure;
    echarts.registerMap(name, view.geojson);
    var chart = echarts.init(container);
    var texts = container.dataset;
    chart.on('finished', function once() {
      chart.off('finished', once);
      container.dataset.drawn = 'true';
      if (done) done(chart, performance.now() - started);
    });
    chart.setOption(option(view, name, texts));
    chart.on('click', function (p) {
      var place = p.seriesType === 'scatter' ? placeOf(view, p) : null;
      var code = p.componentType === 'geo' ? p.name : place ? place.code : null;
      if (code && container.dataset.regionUrl) {
        window.location.href = container.dataset.regionUrl.replace('CODE', encodeURIComponent(code));
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    window.addEventListener('beforeprint', function () { chart.resize(); });
    return chart;
  }

  function exportPng(container) {
    var chart = echarts.getInstanceByDom(container);
    if (!chart) return;
    var link = document.createElement('a');
    link.href = chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'});
    link.download = (container.dataset.fileName || 'map') + '.png';
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  window.FupinMap = {draw: draw, option: option};

  var container = document.getElementById('map-chart');
  if (!container || !window.echarts || !container.dataset.url) return;
  fetch(container.dataset.url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(function (response) { return response.json(); })
    .then(function (view) { draw(container, view); });
  var button = document.getElementById('map-export');
  if (button) button.addEventListener('click', function () { exportPng(container); });
})();
